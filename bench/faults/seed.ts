// The records the scenarios start from, made as a deployer makes them: `homecell migrate` and `homecell import` of a
// units file and a members file into a template database; each scenario copies it and issues its own invites.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { query, type PostgresServer } from './postgres';

const run = promisify(execFile);

export const TEMPLATE_DATABASE = 'faults_template';
export const CELL_CODE = 'FLT-D-C-1';
/** Member i (1-based) chats from FIRST_CHAT + i; the secretary from FIRST_CHAT. */
export const FIRST_CHAT = 8_800_000_000;
export const SECRETARY_CARD = '88.000000';
export const TOKEN = '4242424242:faults-benchmark-token-abcdefghij';

export const cardOf = (index: number) => `88.${String(index).padStart(6, '0')}`;
export const chatOf = (index: number) => FIRST_CHAT + index;

export interface Seeded {
  members: number;
}

function cliEnv(url: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: url,
    BOT_TOKEN: TOKEN,
    LOG_LEVEL: 'warn',
    HOMECELL_CLI_FROM_SOURCE: '1',
  };
}

async function homecell(serviceDir: string, url: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: serviceDir,
    env: cliEnv(url),
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The template: a province, district, commune and cell, its secretary and `count` members, all at home. */
export async function seedTemplate(
  server: PostgresServer,
  serviceDir: string,
  workDir: string,
  count: number,
): Promise<void> {
  const url = await server.createDatabase(TEMPLATE_DATABASE);
  await homecell(serviceDir, url, ['migrate']);
  const units = path.join(workDir, 'units.csv');
  fs.writeFileSync(
    units,
    [
      'code,name,kind,parent_code',
      'FLT,Tỉnh ủy Thử Tải,province,',
      'FLT-D,Huyện ủy Thử Tải,district,FLT',
      'FLT-D-C,Đảng ủy xã Thử Tải,grassroots,FLT-D',
      `${CELL_CODE},Chi bộ thôn Thử Tải,cell,FLT-D-C`,
      '',
    ].join('\n'),
  );
  const header =
    'cell_code,full_name,party_card_no,birth_year,role,away_kind,place,country,away_since,exemption_until,timezone,language,monthly_fee_vnd';
  const row = (card: string, name: string, role: string) =>
    `${CELL_CODE},${name},${card},1985,${role},none,,VN,,,Asia/Ho_Chi_Minh,vi,20000`;
  const members = path.join(workDir, 'members.csv');
  fs.writeFileSync(
    members,
    [
      header,
      row(SECRETARY_CARD, 'Bí Thư Thử Tải', 'secretary'),
      ...Array.from({ length: count }, (_, index) =>
        row(cardOf(index + 1), `Đảng Viên Thử ${index + 1}`, 'member'),
      ),
      '',
    ].join('\n'),
  );
  await homecell(serviceDir, url, ['import', units]);
  await homecell(serviceDir, url, ['import', members]);
  // On the records since January: every month of this year is a fee a member may confirm, so each member's
  // submissions across the rounds have months to choose from.
  const columns = await query<{ column_name: string }>(
    url,
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'Member' AND column_name IN ('createdAt', 'recordedSince')`,
  );
  for (const { column_name: column } of columns) {
    await query(url, `UPDATE "Member" SET "${column}" = date_trunc('year', now())`);
  }
}

/** Invites for these card numbers, issued by the checkout under test's own records code. */
export async function issueInvites(
  serviceDir: string,
  url: string,
  cards: string[],
): Promise<Map<string, { memberId: number; code: string }>> {
  const script = path.join(serviceDir, 'bench', 'faults', 'issue-invites.ts');
  if (!fs.existsSync(script)) {
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.copyFileSync(path.join(__dirname, 'issue-invites.ts'), script);
  }
  const child = execFile(process.execPath, ['--import', 'tsx', script], {
    cwd: serviceDir,
    env: cliEnv(url),
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    child.once('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`issue-invites: ${stderr}`)),
    );
  });
  child.stdin!.end(JSON.stringify(cards));
  const invites = JSON.parse(await output) as Array<{ card: string; memberId: number; code: string }>;
  return new Map(invites.map((invite) => [invite.card, { memberId: invite.memberId, code: invite.code }]));
}
