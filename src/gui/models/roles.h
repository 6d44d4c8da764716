// Custom item roles shared by the models and the delegates.
#pragma once

#include <Qt>

namespace Roles {
enum : int {
    TextDirectionRole = Qt::UserRole + 1, // Qt::LayoutDirection of the item's own text
    UnreadCountRole,                      // int, drawn as a badge when > 0
    NodeKindRole,                         // FeedTreeModel::NodeKind
    IdRole,                               // feed, folder or article id
    ReadRole,
    SavedRole,
    HighlightRangesRole, // QList<int>: start, length, start, length … of the search hits in the text
    BadgeTextRole,       // QString drawn as a badge at the trailing edge (wins over UnreadCountRole), e.g. "+2 sources"
};
}
