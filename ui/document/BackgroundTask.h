// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace forumdesk {

// Runs `work` on a worker thread and then `done` with its result on `context`'s thread, so the
// window keeps answering while a large forum is checked, created or copied. Nothing runs if
// `context` is gone by then.
template <class Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        Result result = watcher->result();
        watcher->deleteLater();
        done(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace forumdesk
