"""设置 > 界面语言: the language of the window, kept for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dibao_desk.ui import i18n


class LanguagePage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        self.combo.setProperty("verbatim", True)  # language names are never translated
        for code in i18n.available_languages():
            self.combo.addItem(i18n.LANGUAGE_NAMES[code], code)  # each language named in itself
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.saved_language())))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.note = QLabel(self.tr("默认为简体中文。更改后，下次启动程序时生效。"))
        self.note.setWordWrap(True)
        self.saved = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def _chosen(self, _index: int) -> None:
        i18n.save_language(self.combo.currentData())
        self.saved.setText(self.tr("已保存。请关闭程序后重新打开，界面将显示为“{0}”。").format(self.combo.currentText()))
