// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DashboardPage.h"

#include "ForumDocument.h"
#include "forum/EligibilityCheck.h"
#include "forum/JoiningRecord.h"
#include "forum/MemberComposition.h"
#include "forum/Vocabulary.h"
#include "pages/CompositionPanel.h"
#include "plans/Commitment.h"
#include "storage/Table.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

// One card of the dashboard: a heading, a text and a button to the page that acts on it.
QFrame *card(const QString &heading, QLabel *body, QPushButton *button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(heading, frame);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    body->setParent(frame);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    if (button) {
        button->setParent(frame);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(button);
        layout->addLayout(row);
    }
    frame->setMinimumHeight(150);
    return frame;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DashboardPage::DashboardPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_forum(new QLabel),
      m_members(new QLabel), m_join(new QLabel), m_plan(new QLabel)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_members->setObjectName(QStringLiteral("membersCard"));

    auto *settings = new QPushButton(tr("Forum Settings"));
    auto *members = new QPushButton(tr("Members"));
    auto *join = new QPushButton(tr("Join OGP"));
    connect(settings, &QPushButton::clicked, this, &DashboardPage::showForumSettings);
    connect(members, &QPushButton::clicked, this, &DashboardPage::showMembers);
    connect(join, &QPushButton::clicked, this, &DashboardPage::showJoin);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(card(tr("The forum"), m_forum, settings, this), 0, 0);
    grid->addWidget(card(tr("Members"), m_members, members, this), 0, 1);
    grid->addWidget(card(tr("Joining OGP"), m_join, join, this), 1, 0);
    grid->addWidget(card(tr("Current action plan"), m_plan, nullptr, this), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addStretch();

    connect(document, &ForumDocument::changed, this, &DashboardPage::reload);
    connect(document, &ForumDocument::currentPlanChanged, this, &DashboardPage::reload);
    reload();
}

QString DashboardPage::membersText() const
{
    return m_members->text();
}

void DashboardPage::reload()
{
    ForumFile &file = m_document->file();
    const QLocale locale;
    const Forum forum = m_document->forum();
    m_title->setText(forum.name);

    QString text = QStringLiteral("%1").arg(esc(Vocabulary::label(Vocabulary::List::Scope, forum.scope)));
    if (!forum.jurisdiction.isEmpty())
        text = tr("%1 · %2").arg(text, esc(forum.jurisdiction));
    text += QStringLiteral("<br>") + esc(tr("Documents in %1; decides by %2")
                                             .arg(Vocabulary::label(Vocabulary::List::Language, forum.language),
                                                  Vocabulary::label(Vocabulary::List::DecisionRule, forum.decisionRule).toLower()));
    QStringList missing;
    if (forum.participationRules.isEmpty())
        missing << tr("rules of participation");
    if (forum.website.isEmpty())
        missing << tr("website (MR 2.1)");
    if (forum.repositoryUrl.isEmpty())
        missing << tr("document repository (MR 2.2)");
    if (!missing.isEmpty())
        text += QStringLiteral("<br><span style='color:#8a5300'>%1</span>")
                    .arg(esc(tr("Still to fill in: %1").arg(QLocale().createSeparatedList(missing))));
    m_forum->setText(text);

    const MemberComposition composition = MemberComposition::compute(file);
    QString members = esc(tr("Active members: %1").arg(composition.total));
    if (composition.total > 0) {
        QStringList sectors;
        for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector)) {
            if (composition.bySector.value(key) > 0)
                sectors << tr("%1: %2").arg(Vocabulary::label(Vocabulary::List::Sector, key))
                               .arg(composition.bySector.value(key));
        }
        members += QStringLiteral("<br>") + esc(sectors.join(QStringLiteral(" · ")));
    }
    const QString warning = CompositionPanel::warningFor(composition);
    if (!warning.isEmpty())
        members += QStringLiteral("<br><span style='color:#b3261e'>%1</span>").arg(esc(warning));
    else
        members += QStringLiteral("<br><span style='color:#1e6b2e'>%1</span>")
                       .arg(esc(tr("Government and civil society both sit on the forum (MR 1.1).")));
    m_members->setText(members);

    const qint64 met = Table<EligibilityCheck>(file).count(QStringLiteral("met = 1"));
    const auto joining = Table<JoiningRecord>(file).find(1);
    QString join = esc(tr("%1 of %2 eligibility criteria met").arg(met)
                           .arg(Vocabulary::keys(Vocabulary::List::EligibilityCriterion).size()));
    if (joining && joining->joinedOn.isValid())
        join += QStringLiteral("<br>") + esc(tr("Joined OGP on %1").arg(locale.toString(joining->joinedOn, QLocale::LongFormat)));
    else if (joining && joining->letterOfIntentOn.isValid())
        join += QStringLiteral("<br>") + esc(tr("Letter of intent sent on %1").arg(locale.toString(joining->letterOfIntentOn, QLocale::LongFormat)));
    else
        join += QStringLiteral("<br>") + esc(tr("No letter of intent recorded yet"));
    if (joining && !joining->pocName.isEmpty())
        join += QStringLiteral("<br>") + esc(tr("Point of contact: %1").arg(joining->pocName));
    m_join->setText(join);

    const auto plan = Table<ActionPlan>(file).find(m_document->currentPlanId());
    if (!plan) {
        m_plan->setText(esc(tr("No action plan yet. Plans are co-created with civil society; "
                               "the Co-create page will let you start one.")));
    } else {
        QString p = QStringLiteral("<b>%1</b><br>").arg(esc(plan->title));
        p += esc(tr("%1 to %2 · stage: %3")
                     .arg(locale.toString(plan->periodStart, QStringLiteral("d MMM yyyy")),
                          locale.toString(plan->periodEnd, QStringLiteral("d MMM yyyy")),
                          Vocabulary::label(Vocabulary::List::PlanStage, plan->stage)));
        const qint64 commitments = Table<Commitment>(file).count(QStringLiteral("plan_id = ?"), {plan->id});
        p += QStringLiteral("<br>") + esc(tr("Commitments: %1").arg(commitments));
        m_plan->setText(p);
    }
}

} // namespace forumdesk
