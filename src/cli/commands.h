// The commands of khulasa-cli. Each returns the process exit code.
#pragma once

class CliContext;

int runAdd(CliContext &context);
int runRefresh(CliContext &context);
int runList(CliContext &context);
int runParse(CliContext &context);
int runImportOpml(CliContext &context);
int runExportOpml(CliContext &context);
int runSummarize(CliContext &context);
int runRelated(CliContext &context);
