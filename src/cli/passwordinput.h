// Reads a password for the CLI: from a terminal with a prompt and no echo, otherwise one line of
// standard input (scripts pipe it in). Never from the command line, where `ps` would show it.
#pragma once

#include <QString>
#include <optional>

namespace PasswordInput {
/** The password without its line ending; nullopt when standard input is closed before a line. */
std::optional<QString> read(const QString &prompt);
}
