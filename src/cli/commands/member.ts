// `homecell member export <party-card-no>`: everything homecell holds about one member, as JSON and a readable PDF.
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { loadPolicy } from '../../domain/policy';
import { ExportRecords } from '../../records/exports';
import { MemberRecords } from '../../records/members';
import { StatsRecords } from '../../records/stats';
import { CliError, cliTranslator, printLine, withDatabase } from '../session';

interface MemberExportOptions {
  out?: string;
  json?: string;
  pdf?: string;
  lang?: string;
}

/** A card number as a file name part: "99.123456" stays, anything a file system might mind becomes "_". */
function fileStem(cardNumber: string): string {
  return `homecell-member-${cardNumber.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

async function openForWriting(file: string): Promise<fs.WriteStream> {
  const output = fs.createWriteStream(file);
  await new Promise<void>((resolve, reject) => {
    output.once('open', () => resolve());
    output.once('error', reject);
  }).catch((error: Error) => {
    throw new CliError(`cannot write ${file} (${error.message})`);
  });
  return output;
}

export function registerMember(program: Command): void {
  const member = program.command('member').description("one member's data");
  member
    .command('export')
    .description(
      'write everything homecell holds about one member as JSON and as a readable PDF (audited as cli)',
    )
    .argument('<party-card-no>', "the member's party card number")
    .option('--out <dir>', 'the folder to write both files to (default: the current folder)')
    .option('--json <file>', 'the JSON file (default: <out>/homecell-member-<card>.json)')
    .option('--pdf <file>', 'the PDF file (default: <out>/homecell-member-<card>.pdf)')
    .option('--lang <vi|en>', 'language of the PDF (default: DEFAULT_LOCALE)')
    .action(async (cardNumber: string, options: MemberExportOptions) => {
      await withDatabase(
        async ({ config, database }) => {
          const language = {
            ...cliTranslator(options.lang, config.defaultLocale),
            zone: config.homeTimezone,
          };
          const policy = loadPolicy(config.policyFile);
          const card = cardNumber.trim();
          const found = await new MemberRecords(database.db, systemClock).findByCardNumber(card);
          // Checked before any file is made: a wrong card number leaves nothing behind.
          if (!found) throw new CliError(`no member with party card number ${card}`);
          const dir = options.out ?? '.';
          if (options.out !== undefined && !fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
          const jsonFile = options.json ?? path.join(dir, `${fileStem(found.cardNumber)}.json`);
          const pdfFile = options.pdf ?? path.join(dir, `${fileStem(found.cardNumber)}.pdf`);
          if (path.resolve(jsonFile) === path.resolve(pdfFile))
            throw new CliError('--json and --pdf must name different files', 2);

          const json = await openForWriting(jsonFile);
          const pdf = await openForWriting(pdfFile);
          const exports = new ExportRecords(
            database.db,
            systemClock,
            policy,
            new StatsRecords(database.db, systemClock, policy),
          );
          await exports.memberData(found.id, language, {
            json,
            pdf,
            files: [path.basename(jsonFile), path.basename(pdfFile)],
          });
          await Promise.all([finished(json), finished(pdf)]);
          printLine(`member:  ${found.fullName} (${found.cardNumber}), ${found.cell.name}`);
          printLine(`${jsonFile}: ${fs.statSync(jsonFile).size} bytes`);
          printLine(`${pdfFile}: ${fs.statSync(pdfFile).size} bytes`);
        },
        { lang: options.lang },
      );
    });
}
