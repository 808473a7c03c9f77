// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/ProjectorWindow.h"

#include "core/documents/DocumentLanguage.h"
#include "core/forum/Vocabulary.h"
#include "ui/live/LiveText.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

QLabel *line(QWidget *parent, const char *name, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ProjectorWindow::ProjectorWindow(const QString &forumName, const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(std::make_unique<DocumentLanguage>(language)), m_forum(line(this, "forum")), m_meeting(line(this, "meeting")),
      m_item(line(this, "item")), m_clock(line(this, "clock", false)), m_state(line(this, "state")),
      m_speaker(line(this, "speaker")), m_next(line(this, "next")), m_vote(line(this, "vote"))
{
    setObjectName(QStringLiteral("projector"));
    setWindowTitle(tr("Projector — %1").arg(forumName));
    setAccessibleName(tr("Projector"));
    // White on black whatever the desktop's theme: a projector washes out anything paler.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    m_forum->setText(forumName);
    m_clock->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(m_forum);
    layout->addWidget(m_meeting);
    layout->addStretch(1);
    layout->addWidget(m_item);
    layout->addWidget(m_clock);
    layout->addWidget(m_state);
    layout->addStretch(1);
    layout->addWidget(m_speaker);
    layout->addWidget(m_next);
    layout->addWidget(m_vote);
    layout->addStretch(2);
    resize(1280, 720);
}

ProjectorWindow::~ProjectorWindow() = default;

void ProjectorWindow::show(const LiveMeetingState &state)
{
    const DocumentLanguage &lang = *m_language;
    const auto t = [&](const char *source) { return lang.text("Projector", source); };
    m_meeting->setText(state.meeting.title);
    const AgendaItem *item = state.currentItem();
    if (item) {
        m_item->setText(QStringLiteral("%1. %2").arg(state.current + 1).arg(item->title));
        const qint64 remaining = state.itemRemaining();
        const live::Urgency urgency = live::urgency(remaining, qint64(item->durationMinutes) * 60);
        m_clock->setText(live::clock(remaining));
        QPalette p = m_clock->palette();
        p.setColor(QPalette::WindowText, live::projectorColour(urgency));
        m_clock->setPalette(p);
        QString said = remaining < 0 ? t(QT_TRANSLATE_NOOP("Projector", "Over time"))
            : urgency == live::Urgency::Amber ? t(QT_TRANSLATE_NOOP("Projector", "Time nearly up"))
                                              : t(QT_TRANSLATE_NOOP("Projector", "Time left"));
        if (state.isPaused())
            said = t(QT_TRANSLATE_NOOP("Projector", "Paused"));
        m_state->setText(said);
    } else {
        m_item->setText(state.meeting.liveEndedAt.isValid() ? t(QT_TRANSLATE_NOOP("Projector", "The meeting has ended."))
                                                            : t(QT_TRANSLATE_NOOP("Projector", "Between items")));
        m_clock->setText(QString());
        m_state->setText(state.isPaused() ? t(QT_TRANSLATE_NOOP("Projector", "Paused")) : QString());
    }
    if (const auto speaking = state.speaking()) {
        QString text = t(QT_TRANSLATE_NOOP("Projector", "Speaking: %1 (%2) — %3"))
                           .arg(speaking->name, lang.label(Vocabulary::List::Sector, speaking->sector),
                                live::clock(state.speakerElapsed()));
        if (speaking->limitSeconds > 0)
            text += QStringLiteral(" / %1").arg(live::clock(speaking->limitSeconds));
        m_speaker->setText(text);
    } else {
        m_speaker->setText(QString());
    }
    QStringList next;
    for (const Intervention &waiting : state.waiting().mid(0, 4))
        next << waiting.name;
    m_next->setText(next.isEmpty() ? QString() : t(QT_TRANSLATE_NOOP("Projector", "Next: %1")).arg(next.join(QStringLiteral(", "))));
    if (state.openVote) {
        const Decision &d = state.openVote->decision;
        m_vote->setText(t(QT_TRANSLATE_NOOP("Projector", "Vote: %1\nFor %2 · Against %3 · Abstentions %4"))
                            .arg(d.text)
                            .arg(d.votesFor)
                            .arg(d.votesAgainst)
                            .arg(d.votesAbstain));
    } else if (state.lastVote) {
        const Decision &d = *state.lastVote;
        m_vote->setText(t(QT_TRANSLATE_NOOP("Projector", "%1: %2\nFor %3 · Against %4 · Abstentions %5"))
                            .arg(lang.label(Vocabulary::List::DecisionOutcome, d.outcome), d.text)
                            .arg(d.votesFor)
                            .arg(d.votesAgainst)
                            .arg(d.votesAbstain));
    } else {
        m_vote->setText(QString());
    }
}

void ProjectorWindow::placeOnSecondScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *console = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen != console) {
            setGeometry(screen->geometry());
            showFullScreen();
            return;
        }
    }
    QWidget::show(); // one screen: a window the secretary drags to the projector
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Type in proportion to the screen: a line is a twelfth of its height for the clock.
    const int unit = std::max(12, height() / 30);
    const auto size = [](QLabel *label, int pixels, bool bold) {
        QFont f = label->font();
        f.setPixelSize(pixels);
        f.setBold(bold);
        label->setFont(f);
    };
    size(m_forum, unit, false);
    size(m_meeting, unit + unit / 3, true);
    size(m_item, unit * 2, true);
    size(m_clock, unit * 5, true);
    size(m_state, unit + unit / 3, false);
    size(m_speaker, unit * 2 - unit / 3, true);
    size(m_next, unit + unit / 3, false);
    size(m_vote, unit + unit / 2, true);
    layout()->activate(); // the lines take the height of their new type at once
}

QString ProjectorWindow::itemText() const { return m_item->text(); }
QString ProjectorWindow::clockText() const { return m_clock->text(); }
QString ProjectorWindow::speakerText() const { return m_speaker->text(); }
QString ProjectorWindow::voteText() const { return m_vote->text(); }

} // namespace forumdesk
