// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forum/CompositionPanel.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "ui/widgets/Colours.h"

#include <QLabel>
#include <QVBoxLayout>

namespace forumdesk {

CompositionPanel::CompositionPanel(QWidget *parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_warning(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Composition today"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("mr11Warning"));
    m_warning->setStyleSheet(colours::noticeStyle(m_warning->objectName(), colours::Tone::Bad)
                             + QStringLiteral("#%1 { padding: 6px; }").arg(m_warning->objectName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addStretch();
    m_warning->hide();
}

void CompositionPanel::setComposition(const MemberComposition &composition)
{
    const QString warning = composition.warning();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());

    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Active members: %1").arg(composition.total).toHtmlEscaped());
    if (composition.allMembers > composition.total)
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(colours::text(colours::Tone::Muted).name(), tr("Not counted (term over or not begun): %1")
                            .arg(composition.allMembers - composition.total).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing='2'>").arg(tr("By sector").toHtmlEscaped());
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector)) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
                    .arg(Vocabulary::label(Vocabulary::List::Sector, key).toHtmlEscaped())
                    .arg(composition.bySector.value(key));
    }
    html += QStringLiteral("</table><p><b>%1</b></p><table cellspacing='2'>").arg(tr("By gender").toHtmlEscaped());
    for (const QString &gender : Vocabulary::keys(Vocabulary::List::Gender)) {
        if (gender == key::Gender::Undisclosed)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
                    .arg(Vocabulary::label(Vocabulary::List::Gender, gender).toHtmlEscaped())
                    .arg(composition.byGender.value(gender));
    }
    html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr></table>")
                .arg(tr("Not given").toHtmlEscaped())
                .arg(composition.genderNotGiven);
    m_summary->setText(html);
}

QString CompositionPanel::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace forumdesk
