"""Register or change a household: members, income, property, supporters.

Every change rebuilds the draft and asks the household service for its problems,
so a wrong ID, a missing head or a negative amount is shown where it was typed,
with the reason in Chinese, and Save stays disabled until nothing blocks it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from dibao_desk.domain import idcard
from dibao_desk.domain.household import (
    HouseholdDraft, IncomeDraft, MemberDraft, PersonStatus, PropertyDraft, SupporterDraft, is_present,
    monthly_fen,
)
from dibao_desk.domain.money import BelowFen, fen_to_yuan, typed_yuan_to_fen
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import households, office
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of, window_of
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.widgets.row_table import Col, RowTable

_BLOCKS = Qt.ItemDataRole.UserRole + 1  # a problem list item's role: whether it blocks saving
_FIELD = re.compile(r"^(members|incomes|properties|supporters)\[(\d+)\]\.(\w+)$")


# Typing pauses this long before the form asks the store about the ID numbers.
LOOK_UP_PAUSE_MS = 350


def _money_text(fen: int) -> str:
    return fen_to_yuan(fen) if fen else ""


MAX_WIDTH = 1326  # a 1366 px screen less the window's frame and a margin
PROBLEMS_HEIGHT, PROBLEMS_SHORT = 110, 48  # the problems list; two lines where the form is short
SHORT_FORM = 640  # below this height (125 % on 1366×768 leaves 582) the member table comes first
FORM_MARGINS = 60  # the dialog's and the member tab's margins and frames around the table


class HouseholdForm(QDialog):
    def __init__(self, ctx: AppContext, household_id: int | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        # the form's date (a minor 开户人 is said as of it): the one given, else the program's clock
        self._given_today = today if today is not None else (today_of(parent) if window_of(parent) else None)
        self.today = self._given_today or dt.date.today()
        self.saved: households.HouseholdDetail | None = None
        self._figures = households.deduction_figures(ctx.uow(), self.today)  # the policy the summary counts by
        # left open past midnight (New Year): the summary counts by the policy in force that day
        self.day_defaults = DayDefaults(self, self._new_day)
        self._dirty = False
        self._loading = True
        self._note = ""  # the household's note: no field here, kept as it is
        self._loaded: HouseholdDraft | None = None  # the household as opened: a save checks it is still so
        self._registered: dict = {}  # (field, ID number) -> the store's "registered elsewhere" problem
        self._look_up_timer = QTimer(self)
        self._look_up_timer.setSingleShot(True)
        self._look_up_timer.setInterval(LOOK_UP_PAUSE_MS)
        self._look_up_timer.timeout.connect(self.revalidate)
        self.setWindowTitle(self.tr("新增家庭") if household_id is None else self.tr("修改家庭信息"))
        self.resize(1100, 680)  # with its title bar, fits the 728 px a 1366×768 screen leaves above the taskbar

        # --- household ------------------------------------------------------
        self.village = QComboBox()
        self._retired_villages = {}
        for v in office.list_villages(ctx.uow()):
            if v.retired_on is None:  # a retired village takes no new household
                self.village.addItem(v.name, v.id)
            else:
                self._retired_villages[v.id] = v.name
        self.hukou = QComboBox()
        for code, text in choices("hukou_type"):
            self.hukou.addItem(text, code)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.bank_name = QLineEdit()
        self.bank_account = QLineEdit()
        # 开户人: the head, or the member in whose name the account is opened (the bank checks the name)
        self.bank_holder = QComboBox()
        self.bank_holder.setObjectName("bank_holder")
        self.bank_holder.setToolTip(self.tr("银行账户以谁的名义开立：银行代发时核对户名"))
        self.bank_holder.addItem(self.tr("户主"), "")
        account = QWidget()
        account_row = QHBoxLayout(account)
        account_row.setContentsMargins(0, 0, 0, 0)
        account_row.addWidget(self.bank_account, 1)
        account_row.addWidget(QLabel(self.tr("开户人")))
        account_row.addWidget(self.bank_holder)
        self.holder_note = QLabel()  # the holder fell back to the head: said until saved
        self.holder_note.setObjectName("holder_note")
        self.holder_note.setStyleSheet("color: #b71c1c;")
        self.holder_note.setWordWrap(True)
        self.holder_note.hide()
        self.deduction = QLineEdit()
        self.deduction.setPlaceholderText(self.tr("0.00"))
        self.consent = QCheckBox(self.tr("已签字同意公示家庭及赡养人收入（详细公示）"))
        top = QGridLayout()
        pairs = [(self.tr("村（社区）"), self.village), (self.tr("户籍类型"), self.hukou),
                 (self.tr("家庭住址"), self.address), (self.tr("联系电话"), self.phone),
                 (self.tr("开户银行"), self.bank_name), (self.tr("银行账号"), account),
                 (self.tr("就业成本扣减（元/月）"), self.deduction)]
        for i, (text, w) in enumerate(pairs):
            top.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            top.addWidget(w, i // 2, (i % 2) * 2 + 1)
        top.addWidget(self.consent, 3, 2, 1, 2)
        self.certificate = QLabel()
        self.certificate.setObjectName("certificate")
        top.addWidget(QLabel(self.tr("低保证")), 4, 0)
        top.addWidget(self.certificate, 4, 1, 1, 3)
        self.poverty_cause = QComboBox()
        self.poverty_cause.setObjectName("poverty_cause")
        self.poverty_cause.addItem(self.tr("（未填）"), "")
        for code, text in choices("poverty_cause"):
            self.poverty_cause.addItem(text, code)
        self.sanwu = QCheckBox(self.tr("三无人员户（无劳动能力、无生活来源、无法定赡养抚养扶养义务人）"))
        self.sanwu.setObjectName("sanwu")
        top.addWidget(QLabel(self.tr("主要致贫原因")), 5, 0)
        top.addWidget(self.poverty_cause, 5, 1)
        top.addWidget(self.sanwu, 5, 2, 1, 2)
        top.addWidget(self.holder_note, 6, 0, 1, 4)
        self._top_fields = {"village_id": self.village, "hukou_type": self.hukou, "address": self.address,
                            "phone": self.phone, "bank_name": self.bank_name,
                            "bank_account": self.bank_account, "employment_deduction_fen": self.deduction,
                            "sanwu": self.sanwu, "bank_holder_id_number": self.bank_holder}

        # --- members, incomes, property, supporters ------------------------
        disability = [(int(c), t) for c, t in choices("disability_grade")]
        self.members = RowTable([
            Col("name", self.tr("姓名"), width=90),
            Col("id_number", self.tr("身份证号"), width=170, placeholder=self.tr("18 位")),
            Col("relation", self.tr("与户主关系"), "combo", 90, lambda: choices("relation")),
            Col("disability_grade", self.tr("残疾等级"), "combo", 70, lambda: disability, default=0),
            Col("serious_illness", self.tr("重病"), "check", 45),
            Col("work_capacity", self.tr("劳动能力"), "combo", 110, lambda: choices("work_capacity")),
            Col("employment", self.tr("就业状况"), "combo", 90, lambda: choices("employment")),
            Col("unemployment_registered", self.tr("已办失业登记"), "check", 90),
            Col("covered", self.tr("纳入保障"), "check", 65, default=True),
            Col("not_covered_reason", self.tr("不纳入原因"), width=100),
            Col("self_care", self.tr("生活自理"), "combo", 70, lambda: self._unknown() + choices("self_care"),
                default=""),
            Col("health", self.tr("健康状况"), "combo", 70, lambda: self._unknown() + choices("health"), default=""),
            Col("person_status", self.tr("人员状态"), "combo", 90, lambda: choices("person_status"),
                default=PersonStatus.NORMAL),
            Col("status_on", self.tr("状态日期"), width=85, placeholder=self.tr("年-月-日")),
        ])
        self.incomes = RowTable([
            Col("kind", self.tr("收入类别"), "combo", 220, lambda: choices("income_kind")),
            Col("member_index", self.tr("收入人"), "combo", 100, self._member_choices),
            Col("amount", self.tr("金额（元）"), width=100, placeholder="0.00"),
            Col("unit", self.tr("按"), "combo", 80, lambda: choices("income_unit"), default="month"),
            Col("other_unit", self.tr("折合"), "label", 130),
            Col("note", self.tr("备注"), width=160),
        ])
        self.properties = RowTable([
            Col("kind", self.tr("财产类别"), "combo", 110, lambda: choices("property_kind")),
            Col("value", self.tr("价值（元）"), width=110, placeholder="0.00"),
            Col("area", self.tr("面积（㎡）"), width=90, placeholder=self.tr("房产填写")),
            Col("quantity", self.tr("数量"), "int", 60, default=1, maximum=999),
            Col("note", self.tr("备注"), width=200),
        ])
        self.supporters = RowTable([
            Col("name", self.tr("姓名"), width=80),
            Col("id_number", self.tr("身份证号"), width=160),
            Col("relation", self.tr("关系"), width=60),
            Col("duty", self.tr("义务"), "combo", 70, lambda: choices("duty")),
            Col("household_size", self.tr("家庭人口"), "int", 70, default=1, minimum=1),
            Col("household_income", self.tr("家庭月收入（元）"), width=120),
            Col("support_paid", self.tr("月给付（元）"), width=100),
            Col("note", self.tr("备注"), width=120),
        ])
        tabs = QTabWidget()
        for name, table, title, add_text in (
                ("member", self.members, self.tr("家庭成员"), self.tr("添加成员")),
                ("income", self.incomes, self.tr("家庭收入"), self.tr("添加收入")),
                ("property", self.properties, self.tr("家庭财产"), self.tr("添加财产")),
                ("supporter", self.supporters, self.tr("赡养（抚养、扶养）人"), self.tr("添加赡养人"))):
            page = QWidget()
            lay = QVBoxLayout(page)
            buttons = QHBoxLayout()
            add = QPushButton(add_text)
            add.setObjectName(f"add_{name}")
            if table is self.members:
                add.clicked.connect(self._add_member)
            else:
                add.clicked.connect(lambda _=False, t=table: t.add_row())
            remove = QPushButton(self.tr("删除所选行"))
            remove.setObjectName(f"delete_{name}")
            remove.clicked.connect(lambda _=False, t=table: t.remove_current())
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            lay.addLayout(buttons)
            lay.addWidget(table)
            tabs.addTab(page, title)
            table.edited.connect(self._on_edit)
        self.members.row_removed.connect(self._member_removed)
        self.tabs = tabs

        self.summary = QLabel()
        self.summary.setObjectName("income_summary")
        self.problems = QListWidget()
        self.problems.setMaximumHeight(PROBLEMS_HEIGHT)
        self.problems.setStyleSheet("color: #b71c1c;")
        self.problems.setToolTip(self.tr("双击一条问题，转到出错的地方"))
        self.problems.itemDoubleClicked.connect(lambda item: self._go_to(item.data(Qt.ItemDataRole.UserRole) or ""))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        # Ctrl+S saves; while a problem blocks saving (the button greyed) it goes to that problem's
        # field, as Enter does (keyPressEvent), instead of doing nothing
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.activated.connect(self._save_key)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("保存（Ctrl+S）"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("家庭基本情况"))
        box.setLayout(top)
        layout.addWidget(box)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("需要更正的问题：")))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        for w in (self.address, self.phone, self.bank_name, self.bank_account, self.deduction):
            w.textChanged.connect(self._on_edit)
        self.village.currentIndexChanged.connect(self._on_edit)
        self.hukou.currentIndexChanged.connect(self._on_edit)
        self.consent.toggled.connect(self._on_edit)
        self.poverty_cause.currentIndexChanged.connect(self._on_edit)
        self.sanwu.toggled.connect(self._on_edit)
        self.bank_holder.currentIndexChanged.connect(self._holder_chosen)  # refilled with signals blocked

        if household_id is not None:
            self._load(households.get(ctx.uow(), household_id, self.today))
            self._show_certificate()
        else:
            self.members.add_row({"relation": "head"})
        self._loading = False
        self._dirty = False
        self.revalidate()
        # Wide enough for every member column (健康状况, 人员状态 were behind a sideways scroll
        # bar at 1100 px), never wider than a 1366 px screen.
        columns = self.members.horizontalHeader().length() + self.members.verticalHeader().sizeHint().width()
        self.resize(min(MAX_WIDTH, max(self.width(), columns + FORM_MARGINS)), self.height())

    def _add_member(self) -> None:
        """A new member is the head only in a household that has none yet; otherwise the
        relation starts at 其他 so nobody becomes a second 户主 by not looking."""
        has_head = any(m.get("relation") == "head" for m in self.members.values())
        self.members.add_row({"relation": "other" if has_head else "head"})

    # --- filling and reading ------------------------------------------------
    def _unknown(self) -> list[tuple[str, str]]:
        return [("", self.tr("未填"))]

    def _member_removed(self, removed: int) -> None:
        """Incomes point at members by row: those after a deleted row move up with their
        member, and the deleted member's own become the whole household's."""
        def remap(index: int | None) -> int | None:
            if index is None or index < removed:
                return index
            return None if index == removed else index - 1
        self.incomes.refresh_choices("member_index", remap)

    def _fill_holders(self, wanted: str) -> None:
        """The 开户人 choice: 户主, then every other member with an ID number, the one ``wanted``
        (an ID number; "" the head) chosen. A holder no longer among the members falls back to
        the head, and the form says so until it is saved (the bank checks the account's name)."""
        wanted = idcard.normalise(wanted) if wanted else ""
        self.bank_holder.blockSignals(True)
        self.bank_holder.clear()
        self.bank_holder.addItem(self.tr("户主"), "")
        heads = set()
        for m in self.members.values():
            number = idcard.normalise(m["id_number"] or "")
            if len(number) not in (15, 18):
                continue
            present = is_present(m["person_status"] or PersonStatus.NORMAL)
            if m["relation"] == "head" and present:
                heads.add(number)
                continue
            name = (m["name"] or "").strip() or self.tr("（未填姓名）")
            what = label("relation", m["relation"])
            if not present:  # one who left (a head who died) may still hold the account: said by a 提示
                what = self.tr("{0}，{1}").format(what, label("person_status", m["person_status"]))
            self.bank_holder.addItem(self.tr("{0}（{1}）").format(name, what), number)
        index = self.bank_holder.findData(wanted) if wanted and wanted not in heads else 0
        if index < 0:
            self.holder_note.setText(self.tr(
                "原开户人（身份证号 {0}）已不是本户成员，开户人已改为户主：请核对银行账号是否为户主本人的账户，"
                "或重新选择开户人").format(wanted))
            self.holder_note.show()
            index = 0
        self.bank_holder.setCurrentIndex(index)
        self.bank_holder.blockSignals(False)

    def _holder_chosen(self) -> None:
        self.holder_note.hide()  # chosen by hand: the fallback has been seen to
        self._on_edit()

    def _member_choices(self) -> list[tuple[int | None, str]]:
        out: list[tuple[int | None, str]] = [(None, self.tr("全家"))]
        for i, m in enumerate(self.members.values()):
            out.append((i, m["name"] or self.tr("第{0}人").format(i + 1)))
        return out

    def _load(self, detail: households.HouseholdDetail) -> None:
        d = detail.draft
        self._loaded = d
        if d.village_id in self._retired_villages:  # its own village, retired since: it stays there
            self.village.addItem(self.tr("{0}（已停用）").format(self._retired_villages[d.village_id]), d.village_id)
        self.village.setCurrentIndex(max(0, self.village.findData(d.village_id)))
        self.hukou.setCurrentIndex(max(0, self.hukou.findData(d.hukou_type)))
        self.address.setText(d.address)
        self.phone.setText(d.phone)
        self.bank_name.setText(d.bank_name)
        self.bank_account.setText(d.bank_account)
        self.deduction.setText(_money_text(d.employment_deduction_fen))
        self.consent.setChecked(d.consent_full_notice)
        self.poverty_cause.setCurrentIndex(max(0, self.poverty_cause.findData(d.poverty_cause)))
        self.sanwu.setChecked(d.sanwu)
        self._note = d.note
        for m in d.members:
            self.members.add_row(m.__dict__)
        for i in d.incomes:
            self.incomes.add_row({"kind": i.kind, "member_index": i.member_index, "unit": "month",
                                  "amount": _money_text(i.amount_fen), "note": i.note})
        for p in d.properties:
            self.properties.add_row({"kind": p.kind, "value": _money_text(p.value_fen),
                                     "area": f"{p.area_m2_x100 / 100:g}" if p.area_m2_x100 else "",
                                     "quantity": p.quantity, "note": p.note})
        for s in d.supporters:
            self.supporters.add_row({**s.__dict__, "household_income": _money_text(s.household_income_fen),
                                     "support_paid": _money_text(s.support_paid_fen)})
        self.incomes.refresh_choices("member_index")
        self._fill_holders(d.bank_holder_id_number)

    def draft(self) -> tuple[HouseholdDraft, list[Problem]]:
        """The draft as typed, and the amounts that could not be read."""
        bad: list[Problem] = []

        def fen(text: str, field: str, row: int | None = None) -> int:
            """``text`` in hundredths (fen; of a square metre for an area); a problem naming the
            row and the field when it is no number or goes below a hundredth."""
            text = text.strip()
            if not text:
                return 0
            where: dict[str, str | int] = {"value": text, "what": field.rsplit(".", 1)[-1]}
            if row is not None:
                where["row"] = row + 1
            try:
                return typed_yuan_to_fen(text)
            except BelowFen:
                bad.append(Problem("amount.below_fen" if where["what"] != "area" else "area.invalid", field, where))
            except ValueError:
                bad.append(Problem("amount.invalid_field" if where["what"] != "area" else "area.invalid", field, where))
            return 0

        def day(text: str, row: int) -> dt.date | None:
            text = text.strip()
            if not text:
                return None
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                bad.append(Problem("member.status_on", f"members[{row}].status_on", {"row": row + 1, "value": text}))
                return None

        members = tuple(MemberDraft(
            name=m["name"].strip(), id_number=m["id_number"], relation=m["relation"],
            disability_grade=int(m["disability_grade"] or 0), serious_illness=m["serious_illness"],
            work_capacity=m["work_capacity"], employment=m["employment"], covered=m["covered"],
            not_covered_reason=m["not_covered_reason"].strip(), self_care=m["self_care"] or "",
            health=m["health"] or "", person_status=m["person_status"] or PersonStatus.NORMAL,
            status_on=day(m["status_on"], i),
            unemployment_registered=bool(m["unemployment_registered"])) for i, m in enumerate(self.members.values()))
        incomes = tuple(IncomeDraft(kind=r["kind"], member_index=r["member_index"], note=r["note"],
                                    amount_fen=monthly_fen(fen(r["amount"], f"incomes[{i}].amount", i), r["unit"]))
                        for i, r in enumerate(self.incomes.values()))
        properties = []
        for i, r in enumerate(self.properties.values()):
            area = fen(r["area"], f"properties[{i}].area", i)  # hundredths, like fen
            properties.append(PropertyDraft(kind=r["kind"], value_fen=fen(r["value"], f"properties[{i}].value", i),
                                            area_m2_x100=area, quantity=r["quantity"], note=r["note"]))
        supporters = tuple(SupporterDraft(
            name=r["name"].strip(), id_number=r["id_number"], relation=r["relation"].strip(), duty=r["duty"],
            household_size=r["household_size"],
            household_income_fen=fen(r["household_income"], f"supporters[{i}].household_income", i),
            support_paid_fen=fen(r["support_paid"], f"supporters[{i}].support_paid", i), note=r["note"])
            for i, r in enumerate(self.supporters.values()))
        draft = HouseholdDraft(
            village_id=self.village.currentData(), hukou_type=self.hukou.currentData(), members=members,
            address=self.address.text(), phone=self.phone.text(), bank_name=self.bank_name.text(),
            bank_account=self.bank_account.text(), incomes=incomes, properties=tuple(properties),
            supporters=supporters,
            employment_deduction_fen=fen(self.deduction.text(), "employment_deduction_fen"),
            consent_full_notice=self.consent.isChecked(), note=self._note,
            poverty_cause=self.poverty_cause.currentData() or "", sanwu=self.sanwu.isChecked(),
            bank_holder_id_number=self.bank_holder.currentData() or "")
        return draft, bad

    # --- checking -----------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if self.sender() is self.members:
            self.incomes.refresh_choices("member_index")
            self._fill_holders(self.bank_holder.currentData() or "")
        # The draft's own rules at once; the store (ID numbers registered elsewhere)
        # once typing pauses, not a query on every keystroke.
        self.revalidate(look_up=False)
        self._look_up_timer.start()

    def _new_day(self, day: dt.date) -> None:
        self.today = day
        if self._given_today is not None:
            self._given_today = day
        self._figures = households.deduction_figures(self.ctx.uow(), day)
        self.revalidate(look_up=False)

    def revalidate(self, look_up: bool = True) -> list[Problem]:
        draft, bad = self.draft()
        self._show_other_units(draft)
        if look_up:
            self._look_up_timer.stop()
            found = households.check(self.ctx.uow(), draft, self.household_id, today=self.today)
            self._registered = {(p.field, draft.members[p.params["row"] - 1].id_number): p
                                for p in found if p.code == "member.id_registered"}
        else:
            found = households.check(self.ctx.uow(), draft, self.household_id, today=self.today, look_up=False)
            # What the store said still holds for the numbers not changed since.
            found += [p for (field, number), p in self._registered.items()
                      if p.params["row"] <= len(draft.members)
                      and draft.members[p.params["row"] - 1].id_number == number]
        problems = bad + found
        for table in (self.members, self.incomes, self.properties, self.supporters):
            for row in range(table.rowCount()):
                for col in table.columns:
                    table.mark(row, col.key, None)
        for w in self._top_fields.values():
            w.setStyleSheet("")
            w.setToolTip("")
        self.problems.clear()
        for p in problems:
            message = problem_text(p)
            if p.severity == "warning":
                message = self.tr("提示：") + message
            self.problems.addItem(message)
            item = self.problems.item(self.problems.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, p.field)
            item.setData(_BLOCKS, p.severity == "error")
            self._mark(p, message)
        # the deduction as the list and the eligibility panel count it (the warning above says so)
        s = households.counted_summary(draft, self._figures)
        self.summary.setText(self.tr(
            "家庭月收入 {0} 元，扣减 {1} 元，计算收入 {2} 元；家庭人口 {3} 人（保障 {4} 人）；月人均收入 {5} 元").format(
            fen_to_yuan(s.total_fen), fen_to_yuan(s.deduction_fen), fen_to_yuan(s.counted_fen),
            s.persons, s.covered_persons, fen_to_yuan(s.per_capita_fen)))
        blocking = [p for p in problems if p.severity == "error"]
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not blocking)
        return problems

    def _show_other_units(self, draft: HouseholdDraft) -> None:
        """Beside each income, the same income the other way: a monthly one per year, a yearly one
        per month (the month's figure is what is kept and counted)."""
        units = [r["unit"] for r in self.incomes.values()]
        for row, (income, unit) in enumerate(zip(draft.incomes, units)):
            if unit == "year":
                text = self.tr("每月 {0} 元").format(fen_to_yuan(income.amount_fen))
            else:
                text = self.tr("每年 {0} 元").format(fen_to_yuan(income.amount_fen * 12))
            shown = self.incomes.widget(row, "other_unit")
            assert isinstance(shown, QLabel)  # a label column
            shown.setText(text if income.amount_fen else "")

    def _mark(self, p: Problem, message: str) -> None:
        m = _FIELD.match(p.field)
        if m:
            table = {"members": self.members, "incomes": self.incomes, "properties": self.properties,
                     "supporters": self.supporters}[m.group(1)]
            row, key = int(m.group(2)), m.group(3)
            key = {"amount_fen": "amount", "value_fen": "value", "household_income_fen": "household_income",
                   "support_paid_fen": "support_paid"}.get(key, key)
            if row < table.rowCount() and key in [c.key for c in table.columns]:
                table.mark(row, key, message)
            return
        w = self._top_fields.get(p.field)
        if w is not None:
            w.setStyleSheet("border: 2px solid #c62828;")
            w.setToolTip(message)

    def _field_widget(self, field: str) -> QWidget | None:
        """The widget a problem's field names (a table's cell, on its tab), or None."""
        m = _FIELD.match(field)
        if m:
            table = {"members": self.members, "incomes": self.incomes, "properties": self.properties,
                     "supporters": self.supporters}[m.group(1)]
            row, key = int(m.group(2)), m.group(3)
            key = {"amount_fen": "amount", "value_fen": "value", "household_income_fen": "household_income",
                   "support_paid_fen": "support_paid"}.get(key, key)
            if row >= table.rowCount():
                return None
            if key not in [c.key for c in table.columns]:
                key = table.columns[0].key  # the row's problem (a missing head): its first cell
            w = table.widget(row, key)
            box = w.findChild(QCheckBox)  # a check column: its box, not the holder around it
            return box if box is not None else w
        return self._top_fields.get(field)

    def _go_to(self, field: str) -> bool:
        """Focus the field a problem names, showing its tab; False when it names none."""
        w = self._field_widget(field)
        if w is None:
            return False
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(w):
                self.tabs.setCurrentIndex(i)
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(w, QLineEdit):
            w.selectAll()
        return True

    def _go_to_first_problem(self) -> None:
        """Saving is refused: to the first field (in the list's order) whose problem blocks it."""
        for i in range(self.problems.count()):
            item = self.problems.item(i)
            if item.data(_BLOCKS) and self._go_to(item.data(Qt.ItemDataRole.UserRole) or ""):
                self.problems.setCurrentRow(i)
                return

    def _save_key(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.save()
        else:
            self._go_to_first_problem()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter saves (the Save button is the default); while a problem blocks saving it goes to
        that problem's field instead of doing nothing. Enter on a button presses that button."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and not isinstance(self.focusWidget(), QPushButton)
                and not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()):
            self._go_to_first_problem()
            return
        super().keyPressEvent(event)

    # --- saving and closing -------------------------------------------------
    def _show_certificate(self) -> None:
        """The household's certificates: the valid one first, then the earlier ones."""
        from dibao_desk.services import certificate

        if self.household_id is None:  # a household not saved yet has no certificate
            return
        rows = certificate.history(self.ctx.uow(), self.household_id)
        parts = [self.tr("{number}（{kind}{reason}，{issued}，{state}）").format(
            number=c.number, kind=label("certificate_kind", c.kind), reason=f"：{c.reason}" if c.reason else "",
            issued=c.issued_on.isoformat(), state=label("certificate_state", c.state)) for c in reversed(rows)]
        self.certificate.setText("；".join(parts) if parts else self.tr("未发证"))

    def save(self) -> None:
        draft, bad = self.draft()
        if bad:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in bad))
            self._go_to(bad[0].field)
            return
        try:
            self.saved = households.save(self.ctx.uow(), draft, self.household_id, today=self._given_today,
                                         expected=self._loaded)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            self.revalidate()
            for p in exc.problems:  # focus the first field the refusal names
                if self._go_to(p.field):
                    break
            return
        self._dirty = False
        self.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A short form (a scaled screen) gives the member table the room the problems list
        would take: it shows two lines and scrolls, the table shows several members."""
        self.problems.setMaximumHeight(PROBLEMS_HEIGHT if event.size().height() >= SHORT_FORM else PROBLEMS_SHORT)
        super().resizeEvent(event)

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("尚未保存"), self.tr("填写的内容还没有保存，确定要放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._dirty = False
        super().reject()

    def closeEvent(self, event) -> None:  # the window's close button asks too
        if self._dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
