/**
 * The one-command local run ({@link cn.workerspalace.localstack.LocalStack}): parses the command line, starts the
 * stack, prints where everything answers, optionally loads demo data, and stops it all on Ctrl+C.
 */
package cn.workerspalace.localstack;
