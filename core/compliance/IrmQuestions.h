// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One of the three questions the IRM asks of every action plan, answered from the data.
struct IrmAnswer {
    enum class Tone { Good, Mixed, Poor, Unknown };
    QString key;       // "collaborative", "relevant", "ambitious"
    QString question;
    Tone tone = Tone::Unknown; // Good = what the IRM hopes to find
    QString verdict;   // short: "Partly: ..."
    QStringList data;  // the figures behind the verdict
};

namespace compliance {

struct Scope;
struct Composition;

// The IRM's three questions of the plan in `s` (collaborative, relevant, ambitious), in that order.
QList<IrmAnswer> irmAnswers(Scope &s, const Composition &members);

} // namespace compliance
} // namespace forumdesk
