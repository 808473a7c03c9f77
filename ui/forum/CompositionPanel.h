// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/MemberComposition.h"

#include <QFrame>

class QLabel;

namespace forumdesk {

// Who sits on the forum today, by sector and by gender, with the OGP minimum requirement 1.1
// warning when government or civil society is missing.
class CompositionPanel : public QFrame {
    Q_OBJECT
public:
    explicit CompositionPanel(QWidget *parent = nullptr);
    void setComposition(const MemberComposition &composition);

    // The warning shown (MemberComposition::warning(); empty when MR 1.1 is met).
    QString warningText() const;

private:
    QLabel *m_summary;
    QLabel *m_warning;
};

} // namespace forumdesk
