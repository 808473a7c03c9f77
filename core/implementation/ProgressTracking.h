// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// Where one commitment stands: its progress from its milestones (each milestone's latest update,
// weighted by the milestone's weight), the IRM completion level that progress suggests, and the
// level the forum set instead, with the reason it gave.
struct CommitmentProgress {
    qint64 commitmentId = 0;
    QString number;
    QString title;
    QString leadAgency;
    double percent = 0;          // 0..100
    int milestones = 0;
    int milestonesDone = 0;      // latest update at 100 %
    int overdueMilestones = 0;   // ended before today and not done
    QDate lastUpdate;
    QString suggestedLevel;      // not_started, limited, substantial, complete
    QString level;               // the level in force: the one set, or else the suggestion
    bool overridden = false;     // a level was set that differs from the suggestion
    QString reason;              // why it was set otherwise
};

class ProgressTracking {
    Q_DECLARE_TR_FUNCTIONS(ProgressTracking)

public:
    // Every commitment of a plan, in plan order, computed in one SQL pass.
    static QList<CommitmentProgress> forPlan(ForumFile &file, qint64 planId, const QDate &today);
    static CommitmentProgress forCommitment(ForumFile &file, qint64 commitmentId, const QDate &today);
    // The IRM level progress suggests: nothing done is not started, under half is limited, from
    // half on substantial, all of it complete.
    static QString suggestedLevel(double percent);
    // Throws ValidationError when `level` goes against `progress` without a reason; writes nothing,
    // so a dialog can check before it closes.
    static void checkLevel(const CommitmentProgress &progress, const QString &level, const QString &reason);
    // Sets the commitment's completion level. A level other than the suggested one needs a reason
    // (ValidationError otherwise); an empty level goes back to the suggestion. Logged.
    static void setLevel(ForumFile &file, qint64 commitmentId, const QString &level, const QString &reason,
                         const QDate &today);
};

} // namespace forumdesk
