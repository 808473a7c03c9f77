// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TestSupport.h" // makeMember, TempFolder

#include <QString>

#include <functional>

namespace forumdesk {
class ForumFile;
class MainWindow;
}

namespace forumdesk::test {

// Settings and data folders of the tests, apart from the user's, and emptied.
void isolateSettings();
// Spins the event loop until `condition` holds or `ms` pass; returns whether it held.
bool waitUntil(const std::function<bool()> &condition, int ms = 15000);
// Opens `path` in `window` and waits for it: true when it opened.
bool openAndWait(MainWindow &window, const QString &path);
// The text and details of the error box the window shows now (then closes it); empty when none.
QString takeErrorMessage(MainWindow &window);

} // namespace forumdesk::test
