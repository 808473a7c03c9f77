// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/PracticeCitation.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace forumdesk {

class ForumFile;

// One practice of the reference library: something a forum can learn from, filed under one of
// OGP's five frontiers for expanding open government (keys and names in core/forum/Vocabulary.cpp).
// The texts are English sources in the translation context "Practice": show them through
// PracticeLibrary::title() and friends (the interface's language) or DocumentLanguage::text("Practice", ...) (a document's).
struct Practice {
    const char *key;         // stable: stored in the forum file when a commitment cites it
    QLatin1StringView frontier; // a Vocabulary::List::Frontier key (key::Frontier)
    const char *countryCode; // ISO 3166-1 alpha-2
    const char *country;
    const char *title;
    const char *summary;
};

// The reference library of practices, compiled in (it ships with each version, translated like the
// rest of the interface), and the citations that tie a commitment to the practices that inspired it.
//
// Citations live in the `commitment_practice` table of format 2. A version 1 file open read-only
// (not migrated) has no such table: it reads as citing nothing.
class PracticeLibrary {
    Q_DECLARE_TR_FUNCTIONS(PracticeLibrary)

public:
    // Every practice, grouped by frontier in the frontiers' order, then as the library lists them.
    static const std::vector<Practice> &practices();
    // The practice with this key, or nullptr.
    static const Practice *find(const QString &key);
    static QStringList keys();
    // The practices of one frontier, in library order.
    static std::vector<const Practice *> inFrontier(const QString &frontier);
    // The five frontiers' keys, in order (the same keys commitments are tagged with).
    static QStringList frontiers();
    static QString frontierLabel(const QString &frontier);

    // Texts in the interface's language.
    static QString title(const Practice &practice);
    static QString summary(const Practice &practice);
    static QString country(const Practice &practice);
    // "Title (Country)": how a citation is shown in a list.
    static QString label(const Practice &practice);
    // Why a key is refused: it is not in the library.
    static QString unknownKeyMessage(const QString &key);

    // --- Citations -------------------------------------------------------------------------
    // True when the open file can hold citations (format 2 or later).
    static bool holdsCitations(const ForumFile &file);
    // The keys a commitment cites, in library order.
    static QStringList citations(ForumFile &file, qint64 commitmentId);
    // The keys each commitment of a plan cites (commitment id -> keys in library order), in one
    // query; commitments citing nothing are left out.
    static QMap<qint64, QStringList> citationsInPlan(ForumFile &file, qint64 planId);
    // The commitments (ids, by plan and number) that cite a practice.
    static QList<qint64> citingCommitments(ForumFile &file, const QString &key);
    // Throws ValidationError (commitment_practice.practice, rule "in_library") naming the first
    // key that is not in the library; writes nothing.
    static void checkKeys(const QStringList &keys);
    // Makes the commitment cite exactly these practices (duplicates ignored), in one transaction;
    // each citation added or removed is logged. Unknown keys are refused before anything changes.
    // `restore` holds the rows of an undone change: a key cited again comes back as its old row
    // (id and uid), so that copies of the forum still recognise the citation when merged.
    static void setCitations(ForumFile &file, qint64 commitmentId, const QStringList &keys,
                             const QList<PracticeCitation> &restore = {});
    // The commitment's citation rows (none on a format-1 file).
    static QList<PracticeCitation> citationRows(ForumFile &file, qint64 commitmentId);
};

} // namespace forumdesk
