// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One of the questions the IRM asks of an action plan, with what the IRM looks for in answering it
// and the forum's own figures. Forum Desk gives the evidence, not a verdict: the IRM answers.
struct IrmAnswer {
    QString key;       // "collaborative", "relevant", "ambitious"
    QString question;
    QString looksFor;  // what the IRM looks for, in its own terms
    QString source;    // where OGP says so
    QStringList data;  // the forum's figures that bear on the question
};

namespace compliance {

struct Scope;
struct Composition;

// The IRM's three questions of the plan in `s` (collaborative, relevant, ambitious), in that order.
QList<IrmAnswer> irmAnswers(Scope &s, const Composition &members);

} // namespace compliance
} // namespace forumdesk
