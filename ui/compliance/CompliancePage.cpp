// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compliance/CompliancePage.h"

#include "core/i18n/DateText.h"
#include "ui/document/ForumDocument.h"
#include "ui/document/DocumentExport.h"
#include "core/compliance/ComplianceReportDocument.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/Colours.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QDateTime>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

struct BadgeStyle {
    const char *symbol; // says the status without colour, with the words beside it
    colours::Tone tone;
};

BadgeStyle badgeStyle(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met: return {"\u2713", colours::Tone::Good};
    case ComplianceStatus::AtRisk: return {"!", colours::Tone::Caution};
    case ComplianceStatus::NotMet: return {"\u2717", colours::Tone::Bad};
    case ComplianceStatus::NotApplicable: return {"\u2013", colours::Tone::Muted};
    }
    return {"", colours::Tone::Muted};
}

QLabel *badge(const BadgeStyle &s, const QString &label, int width, QWidget *parent)
{
    auto *badge = new QLabel(QStringLiteral("%1 %2").arg(QString::fromUtf8(s.symbol), label), parent);
    badge->setAlignment(Qt::AlignCenter);
    badge->setMinimumWidth(width);
    badge->setObjectName(QStringLiteral("statusBadge"));
    const colours::Fill fill = colours::badge(s.tone, parent->palette());
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; "
                                        "padding: 3px 8px; font-weight: bold; }")
                             .arg(fill.background.name(), fill.foreground.name(), fill.border.name()));
    return badge;
}

// Wide enough for the longest status in the interface's language, so that the titles line up.
int badgeWidth(const QWidget *page)
{
    QFont bold = page->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const ComplianceStatus status : {ComplianceStatus::Met, ComplianceStatus::AtRisk, ComplianceStatus::NotMet,
                                          ComplianceStatus::NotApplicable})
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("\u2717 ") + StandardsCheck::statusLabel(status)));
    return widest + 24;
}

QLabel *wrapped(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString bulletList(const QStringList &items, const QList<bool> &strong = {})
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).toHtmlEscaped();
        html += strong.value(i) ? QStringLiteral("<li><b>%1</b></li>").arg(item) : QStringLiteral("<li>%1</li>").arg(item);
    }
    return html + QStringLiteral("</ul>");
}

QFrame *cardFrame(const QString &name, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

CompliancePage::CompliancePage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_export(new QPushButton(tr("Export Compliance &Report…"), this)), m_content(new QWidget),
      m_findings(new QVBoxLayout), m_irmHeading(new QLabel(tr("The IRM's questions"), m_content)),
      m_irmIntro(new QLabel(m_content)), m_answers(new QVBoxLayout), m_dataChanged(new QTimer(this)),
      m_exporter(new DocumentExport(document, this))
{
    m_reload = new ReloadWhenShown(this, [this] { refresh(); });
    auto *title = pageTitle(tr("Compliance with OGP's standards"), this);
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("complianceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_export->setToolTip(tr("Every rule with its status, evidence and next step, and the IRM's questions, in the forum's language"));
    auto *intro = new QLabel(tr("Each OGP minimum requirement and calendar rule, checked from the forum's own records for the plan "
                                "chosen above. Open the evidence to see the meetings, contributions and dates behind a status."),
                             this);
    intro->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_export, 0, Qt::AlignTop);

    QFont heading = m_irmHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_irmHeading->setFont(heading);
    m_irmIntro->setText(tr("The Independent Reporting Mechanism (IRM) answers these questions in its own review. "
                           "Each shows what the IRM looks for and the forum's figures that bear on it."));
    m_irmIntro->setWordWrap(true);
    m_findings->setSpacing(10);
    m_answers->setSpacing(10);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(m_findings);
    contentLayout->addSpacing(14);
    contentLayout->addWidget(m_irmHeading);
    contentLayout->addWidget(m_irmIntro);
    contentLayout->addLayout(m_answers);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_export, &QPushButton::clicked, this, &CompliancePage::exportReport);
    // Edits come in bursts (an import, undoing several steps): check again once they settle.
    m_dataChanged->setSingleShot(true);
    m_dataChanged->setInterval(250);
    connect(m_dataChanged, &QTimer::timeout, this, &CompliancePage::refreshWhenShown);
    connect(document, &ForumDocument::changed, this, [this] { m_dataChanged->start(); });
    connect(document, &ForumDocument::currentPlanChanged, this, &CompliancePage::refreshWhenShown);
    refresh();
}

// Edits made on other pages are checked once this one is looked at, not after each of them.
void CompliancePage::refreshWhenShown()
{
    m_reload->request();
}

QDate CompliancePage::day() const
{
    if (m_day.isValid())
        return m_day;
    const QTimeZone zone(m_document->forum().timeZone.toLatin1());
    return zone.isValid() ? QDateTime::currentDateTimeUtc().toTimeZone(zone).date() : QDate::currentDate();
}

void CompliancePage::setDay(const QDate &day)
{
    m_day = day;
    refresh();
}

QString CompliancePage::statusText(const QString &key) const
{
    const QLabel *label = m_badges.value(key);
    return label ? label->text() : QString();
}

QString CompliancePage::evidenceText(const QString &key) const
{
    const ComplianceFinding *finding = m_check.finding(key);
    if (!finding)
        return {};
    QStringList lines;
    for (const ComplianceEvidence &e : finding->evidence)
        lines << e.text;
    return lines.join(QLatin1Char('\n'));
}

bool CompliancePage::isEvidenceShown(const QString &key) const
{
    const QLabel *label = m_evidence.value(key);
    return label && !label->isHidden();
}

void CompliancePage::showEvidence(const QString &key, bool shown)
{
    if (QToolButton *button = m_evidenceButtons.value(key))
        button->setChecked(shown);
}

void CompliancePage::clearCards()
{
    for (QWidget *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_badges.clear();
    m_evidence.clear();
    m_evidenceButtons.clear();
    while (QLayoutItem *item = m_answers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CompliancePage::refresh()
{
    m_dataChanged->stop();
    clearCards();
    m_check = StandardsCheck();
    const qint64 planId = m_document->currentPlanId();
    QString problem;
    if (planId <= 0) {
        problem = tr("No action plan yet: the standards are checked for a plan. Start one on the Co-create page.");
    } else {
        try {
            m_check = StandardsCheck::evaluate(m_document->file(), planId, day());
        } catch (const StorageError &error) {
            problem = tr("The standards cannot be checked: %1").arg(error.message());
        }
    }
    const bool checked = problem.isEmpty();
    m_message->setText(problem);
    m_message->setVisible(!checked);
    m_export->setEnabled(checked);
    m_irmHeading->setVisible(checked);
    m_irmIntro->setVisible(checked);
    if (!checked) {
        m_summary->setText(QString());
        emit refreshed();
        return;
    }

    const QLocale locale;
    m_summary->setText(tr("%1\nChecked on %2: %3")
                           .arg(m_check.planTitle, dayText(m_check.today, locale),
                                m_check.summaryLine()));
    setUpdatesEnabled(false);
    for (const ComplianceFinding &finding : std::as_const(m_check.findings)) {
        QWidget *card = findingCard(finding);
        m_cards.insert(finding.key, card);
        m_findings->addWidget(card);
    }
    for (const IrmAnswer &answer : std::as_const(m_check.irmAnswers))
        m_answers->addWidget(answerCard(answer));
    setUpdatesEnabled(true);
    emit refreshed();
}

QWidget *CompliancePage::findingCard(const ComplianceFinding &finding)
{
    QFrame *card = cardFrame(QStringLiteral("finding_") + finding.key, m_content);
    auto *status = badge(badgeStyle(finding.status), StandardsCheck::statusLabel(finding.status), badgeWidth(this), card);
    status->setObjectName(QStringLiteral("status"));
    auto *title = wrapped(tr("%1 · %2").arg(StandardsCheck::referenceLabel(finding.reference), finding.title), card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *summary = wrapped(finding.summary, card);
    summary->setObjectName(QStringLiteral("summary"));
    auto *next = wrapped(tr("<b>Next step:</b> %1").arg(finding.nextStep.toHtmlEscaped()), card, Qt::RichText);
    next->setObjectName(QStringLiteral("nextStep"));
    auto *source = wrapped(tr("Source: %1").arg(finding.source), card);
    source->setObjectName(QStringLiteral("source"));
    source->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));

    auto *layout = new QGridLayout(card);
    layout->setHorizontalSpacing(12);
    layout->addWidget(status, 0, 0, Qt::AlignTop);
    layout->addWidget(title, 0, 1);
    layout->addWidget(summary, 1, 1);
    layout->addWidget(next, 2, 1);
    layout->addWidget(source, 5, 1); // below the evidence (rows 3 and 4)
    layout->setColumnStretch(1, 1);
    m_badges.insert(finding.key, status);

    if (!finding.evidence.isEmpty()) {
        QStringList lines;
        QList<bool> strong;
        for (const ComplianceEvidence &e : finding.evidence) {
            lines << e.text;
            // The gaps and the unanswered contributions are what to act on.
            strong << (e.kind == ComplianceEvidence::Kind::Gap
                       || (finding.status != ComplianceStatus::Met && e.kind == ComplianceEvidence::Kind::Contribution));
        }
        auto *toggle = new QToolButton(card);
        toggle->setObjectName(QStringLiteral("evidenceToggle"));
        toggle->setText(tr("Evidence (%1)").arg(finding.evidence.size()));
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        auto *evidence = wrapped(bulletList(lines, strong), card, Qt::RichText);
        evidence->setObjectName(QStringLiteral("evidence"));
        const QString key = finding.key;
        const bool open = m_openEvidence.contains(key);
        toggle->setChecked(open);
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        evidence->setVisible(open);
        connect(toggle, &QToolButton::toggled, this, [this, toggle, evidence, key](bool shown) {
            toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
            evidence->setVisible(shown);
            if (shown)
                m_openEvidence.insert(key);
            else
                m_openEvidence.remove(key);
        });
        layout->addWidget(toggle, 3, 1, Qt::AlignLeft);
        layout->addWidget(evidence, 4, 1);
        m_evidence.insert(key, evidence);
        m_evidenceButtons.insert(key, toggle);
    }
    return card;
}

QWidget *CompliancePage::answerCard(const IrmAnswer &answer)
{
    QFrame *card = cardFrame(QStringLiteral("irm_") + answer.key, m_content);
    // The IRM answers its own questions: the card shows what it looks for and the forum's figures.
    auto *question = wrapped(answer.question, card);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *looksFor = wrapped(tr("<b>What the IRM looks for:</b> %1").arg(answer.looksFor.toHtmlEscaped()), card, Qt::RichText);
    looksFor->setObjectName(QStringLiteral("looksFor"));
    auto *layout = new QGridLayout(card);
    layout->setHorizontalSpacing(12);
    layout->addWidget(question, 0, 0);
    layout->addWidget(looksFor, 1, 0);
    if (!answer.data.isEmpty()) {
        auto *data = wrapped(tr("<b>The forum's figures:</b>") + bulletList(answer.data), card, Qt::RichText);
        data->setObjectName(QStringLiteral("data"));
        layout->addWidget(data, 2, 0);
    }
    auto *source = wrapped(tr("Source: %1").arg(answer.source), card);
    source->setObjectName(QStringLiteral("source"));
    source->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    layout->addWidget(source, 3, 0);
    layout->setColumnStretch(0, 1);
    return card;
}

void CompliancePage::exportReport()
{
    const auto plan = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
    if (!plan)
        return;
    ForumFile *file = &m_document->file();
    const qint64 planId = plan->id;
    const QDate today = day();
    m_exporter->chooseAndWriteDocument(tr("Export Compliance Report"), tr("Compliance report - %1").arg(plan->title),
                                       [file, planId, today] { return ComplianceReportDocument::build(*file, planId, today); });
}

void CompliancePage::writeReport(const QString &path, DocumentWriter::Format format)
{
    ForumFile *file = &m_document->file();
    const qint64 planId = m_document->currentPlanId();
    const QDate today = day();
    m_exporter->writeDocument([file, planId, today] { return ComplianceReportDocument::build(*file, planId, today); },
                              path, format);
}

} // namespace forumdesk
