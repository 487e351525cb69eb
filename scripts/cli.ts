/** What every command does with its arguments: `--help`, and a usage error with the help (exit 2). */
import { parseArgs, type ParseArgsConfig } from "node:util";

const HELP_OPTION = { help: { type: "boolean", default: false } } as const;
type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T & typeof HELP_OPTION; allowPositionals: false }>>["values"];

/** The parsed options, or the exit code to end with when help or a usage error was printed. */
export function parseCommand<const T extends Options>(help: string, options: T): Values<T> | number {
  let values: Values<T>;
  try {
    values = parseArgs({ options: { ...options, ...HELP_OPTION }, allowPositionals: false }).values as Values<T>;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help}\n`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  return values;
}
