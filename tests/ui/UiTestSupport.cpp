// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "core/sample/SampleForum.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace forumdesk::test {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs the test cases side by side, each in a process of its own: settings of its own,
    // so that one test's clear() never empties the recent files another is checking.
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

bool waitUntil(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    QSignalSpy refused(&window, &MainWindow::forumRefused);
    window.openForum(path);
    return waitUntil([&] { return opened.count() + refused.count() > 0; }) && opened.count() == 1;
}

QString takeErrorMessage(MainWindow &window)
{
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    if (!box)
        return QString();
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    box->setObjectName(QString());
    box->close();
    return text;
}

void checkModel(QAbstractItemModel &model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

SampleDocument::SampleDocument(const QString &language)
{
    isolateSettings();
    SampleOptions options;
    options.language = language;
    document = std::make_unique<ForumDocument>(createSampleForum(folder.file(QStringLiteral("sample.ogpforum")), options));
}

} // namespace forumdesk::test
