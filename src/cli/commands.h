// The commands of khulasa-cli. Each returns the process exit code.
#pragma once

class CliContext;
class QString;

int runAdd(CliContext &context);
int runRefresh(CliContext &context);
int runList(CliContext &context);
int runParse(CliContext &context);
int runExtract(CliContext &context);
int runImportOpml(CliContext &context);
int runExportOpml(CliContext &context);
int runAccount(CliContext &context);
int runSync(CliContext &context);
int runDiscoverContact(CliContext &context);
int runContact(CliContext &context);
int runShare(CliContext &context);
int runSearch(CliContext &context);
int runPurge(CliContext &context);
int runShow(CliContext &context);
/** read or unread (the command word) one article. */
int runMark(CliContext &context, const QString &command);
int runSave(CliContext &context);
int runUnsave(CliContext &context);
int runExport(CliContext &context);
int runSummarize(CliContext &context);
int runRelated(CliContext &context);
