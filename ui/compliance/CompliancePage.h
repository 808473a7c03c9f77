// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compliance/StandardsCheck.h"
#include "core/documents/DocumentWriter.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace forumdesk {

class ReloadWhenShown;

class ForumDocument;
class DocumentExport;

// Compliance: whether the forum meets OGP's minimum requirements and calendar for the plan chosen
// in the toolbar, today. Each rule is a card with its status (a coloured badge that also says it
// in words), its title and OGP reference, what the data shows, the evidence (the meetings,
// contributions and dates, shown on request) and the next step; the IRM's three questions follow.
// The check follows the plan selector and the forum's edits, while the page is shown (a hidden page
// checks again when it is shown). It runs on the window's thread: it is a handful of SQL
// aggregates, about 20 ms on the large sample forum, cards included.
class CompliancePage : public QWidget {
    Q_OBJECT
public:
    explicit CompliancePage(ForumDocument *document, QWidget *parent = nullptr);

    // The check on show: no findings while the forum has no plan.
    const StandardsCheck &check() const { return m_check; }
    // The day the check is made for: today on the forum's clock (its time zone), unless set (tests
    // and screenshots use a fixed day).
    QDate day() const;
    void setDay(const QDate &day);

    // For tests: a rule's card (by its key, "six_months"...), its badge's text, its evidence as
    // listed (shown or not), and whether that list is open.
    QWidget *card(const QString &key) const { return m_cards.value(key); }
    QString statusText(const QString &key) const;
    QString evidenceText(const QString &key) const;
    bool isEvidenceShown(const QString &key) const;
    void showEvidence(const QString &key, bool shown);
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }
    DocumentExport *exporter() const { return m_exporter; }

public slots:
    void refresh();
    // Asks where and in which format, then writes the compliance report in the forum's language.
    void exportReport();
    // The same report, written without asking; exporter() says when it is written.
    void writeReport(const QString &path, DocumentWriter::Format format);

signals:
    // The page shows a fresh check (after a change of plan or data).
    void refreshed();

private:
    void refreshWhenShown();
    QWidget *findingCard(const ComplianceFinding &finding);
    QWidget *answerCard(const IrmAnswer &answer);
    void clearCards();

    ForumDocument *m_document;
    QDate m_day;
    StandardsCheck m_check;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_export;
    QWidget *m_content;
    QVBoxLayout *m_findings;
    QLabel *m_irmHeading;
    QLabel *m_irmIntro;
    QVBoxLayout *m_answers;
    QHash<QString, QWidget *> m_cards;
    QHash<QString, QLabel *> m_badges;
    QHash<QString, QLabel *> m_evidence;
    QHash<QString, QToolButton *> m_evidenceButtons;
    QSet<QString> m_openEvidence; // kept open across refreshes
    QTimer *m_dataChanged;
    ReloadWhenShown *m_reload; // the check, held while the page is hidden
    DocumentExport *m_exporter;
};

} // namespace forumdesk
