// The check-in rate over the year as an SVG drawn on the server by Apache ECharts' SSR renderer: no browser script,
// no native library, nothing fetched by the page.
import * as echarts from 'echarts';

export interface TrendPoint {
  /** The axis label: the month's number. */
  label: string;
  /** Whole percent, or null when nobody had to check in that month (a gap, not a zero). */
  rate: number | null;
}

const WIDTH = 640;
const HEIGHT = 280;

export function checkInTrendSvg(
  points: readonly TrendPoint[],
  labels: { month: string; rate: string },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({
      // A static picture: animation would only be frames nobody sees.
      animation: false,
      grid: { left: 56, right: 24, top: 32, bottom: 48 },
      xAxis: {
        type: 'category',
        name: labels.month,
        nameLocation: 'middle',
        nameGap: 30,
        data: points.map((point) => point.label),
      },
      yAxis: {
        type: 'value',
        name: labels.rate,
        // Written rightwards from the axis: centred on it, a long name is cut off at the picture's left edge.
        nameTextStyle: { align: 'left' },
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%' },
      },
      series: [
        {
          type: 'line',
          data: points.map((point) => point.rate),
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { width: 2, color: '#8b1a1a' },
          itemStyle: { color: '#8b1a1a' },
          label: { show: true, formatter: '{c}%', position: 'top' },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
