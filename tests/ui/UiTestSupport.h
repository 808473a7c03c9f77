// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TestSupport.h" // makeMember, TempFolder

#include "ui/document/ForumDocument.h"

#include <QString>

#include <functional>
#include <memory>

class QAbstractItemModel;

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

// Checks a model the way a view uses it (QAbstractItemModelTester, failing at once). Qt 6.4's tester
// runs its checks on modelReset before it records the reset as finished, so a fetchMore model
// reset under a live tester reports a false "change in flight": tests check after each reset with a
// fresh tester instead, which checks the whole model, fetching more as a view would.
void checkModel(QAbstractItemModel &model);

// The bundled sample forum (core/sample) open in a document, in a folder of its own, with the
// test's settings isolated: two plans (a closed one and one in implementation), every record kind.
struct SampleDocument {
    explicit SampleDocument(const QString &language = QStringLiteral("en"));
    ForumFile &file() { return document->file(); }

    TempFolder folder;
    std::unique_ptr<ForumDocument> document;
};

} // namespace forumdesk::test
