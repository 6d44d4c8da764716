// The JSON shape printed by `khulasa-cli parse` (a public contract: fields are never renamed or dropped).
#pragma once

#include "feeds/parsedfeed.h"

#include <QJsonObject>

namespace ParsedFeedJson {
QJsonObject toJson(const ParsedFeed &feed);
}
