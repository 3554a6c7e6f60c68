"""`dibao-desk cases` lists the open cases with what each waits for."""

import datetime as dt

from dibao_desk.cli import main
from dibao_desk.services import procedure as proc

D = dt.date


def test_cases_command_lists_by_step(ctx, make_household, capsys):
    h = make_household()
    case_id = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                                         "declaration_signed": True, "authorisation_signed": True},
                                       D(2026, 11, 2)).info.id
    assert main(["--data-dir", str(ctx.data_dir), "cases", "--today", "2026-11-20"]) == 0
    out = capsys.readouterr().out
    assert "调查核实 1 件" in out
    assert "待入户调查" in out and "张三" in out and str(case_id) in out
    assert main(["--data-dir", str(ctx.data_dir), "cases", "--step", "4"]) == 0
    assert "没有符合条件的案件" in capsys.readouterr().out
    assert main(["--data-dir", str(ctx.data_dir), "cases", "--today", "2026-13-01"]) == 2


def test_case_command_shows_the_timeline(ctx, make_household, capsys):
    h = make_household()
    case_id = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王经办",
                                                         "declaration_signed": True, "authorisation_signed": True},
                                       D(2026, 11, 2)).info.id
    assert main(["--data-dir", str(ctx.data_dir), "case", str(case_id)]) == 0
    out = capsys.readouterr().out
    assert "✔  1 申请受理　2026-11-02　王经办　通过" in out
    assert "▶  2 调查核实" in out and "等待：待入户调查" in out
    assert main(["--data-dir", str(ctx.data_dir), "case", "999"]) == 1
    assert "找不到编号为 999 的案件" in capsys.readouterr().err


def test_case_command_shows_an_older_stores_coded_reason_in_words(ctx, make_household, capsys):
    """A 渐退期满 取消 opened by an older store with the code gradual_exit_ended as its 事由."""
    from dibao_desk.models import Case, Household
    from dibao_desk.services import proposals, reviews

    h = make_household()
    with ctx.uow() as uow:
        row = uow.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class3", 42000, D(2026, 1, 31)
        uow.commit()
    reviews.record_stable_work(ctx.uow(), h.id, D(2026, 5, 12), "张三", today=D(2026, 5, 20))
    [review] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    with ctx.uow() as uow:
        uow.session.get(Case, review.case_id).reason = "gradual_exit_ended"  # as an older store holds it
        [p] = uow.session.query(proposals.Proposal).all()
        p.reason = "gradual_exit_ended"
        uow.commit()
    assert main(["--data-dir", str(ctx.data_dir), "case", str(review.case_id)]) == 0
    out = capsys.readouterr().out
    assert "事由：就业渐退期满，停发保障金" in out and "gradual_exit_ended" not in out
    [row] = proposals.list_proposals(ctx.uow(), today=D(2026, 11, 1))
    assert proposals.get_proposal(ctx.uow(), row.id).reason == "就业渐退期满，停发保障金"


def test_return_review_sends_a_case_back_to_the_township_review(ctx, make_household, capsys):
    """`dibao-desk return-review N --date … --reason …`: refused with the rule's words and exit 1,
    then done; `case N` shows the set-aside records and that the case waits for 乡镇审核."""
    from tests.unit.test_procedure import receive, walk

    h = make_household(wages_fen=20000)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)  # 乡镇审核 2026-11-16, 二榜 to 2026-11-24

    def run(*argv):
        return main(["--data-dir", str(ctx.data_dir), *argv])

    assert run("return-review", str(case_id), "--date", "2026-11-15", "--reason", "金额有误",
               "--today", "2026-11-25") == 1
    assert "早于乡镇审核的日期 2026-11-16" in capsys.readouterr().err
    assert run("return-review", str(case_id), "--date", "2026-11-25", "--reason", " ", "--today", "2026-11-25") == 1
    assert "请填写退回乡镇审核的理由" in capsys.readouterr().err
    assert run("return-review", str(case_id), "--date", "2026-13-01", "--reason", "金额有误",
               "--today", "2026-11-25") == 2
    capsys.readouterr()
    assert proc.get_case(ctx.uow(), case_id).next_step == 8

    assert run("return-review", str(case_id), "--date", "2026-11-25", "--reason", "拟定金额有误",
               "--today", "2026-11-25") == 0
    out = capsys.readouterr().out
    assert f"案件 {case_id}（新增，户主 张三）已于 2026-11-25 退回乡镇审核" in out and "县民政局" not in out
    assert proc.get_case(ctx.uow(), case_id).next_step == 6
    assert run("case", str(case_id)) == 0
    out = capsys.readouterr().out
    assert "此前的记录（已退回，不再有效）：" in out
    assert "6 乡镇政府审核　2026-11-16　分管镇长　通过　2026-11-25 退回乡镇审核：拟定金额有误" in out
    assert "▶  6 乡镇政府审核" in out and "等待：待乡镇政府审核" in out
    # a second time: the case is no longer past the review
    assert run("return-review", str(case_id), "--reason", "x", "--today", "2026-11-25") == 1
    assert "只有已通过乡镇审核" in capsys.readouterr().err


def test_case_command_says_what_a_notice_over_the_new_year_waits_for_on_the_day_given(ctx, make_household, capsys):
    h = make_household(wages_fen=20000)
    on = D(2026, 12, 20)
    case_id = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                         "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                              "applicant_signed": True}, on)
    proc.record_step(ctx.uow(), case_id, 3, {"on": on, "person": "村主任", "place": "村委会", "attendees": "代表",
                                              "objections": {}, "outcome": "pass"}, on)
    proc.start_notice(ctx.uow(), case_id, 4, D(2026, 12, 28), "王经办", D(2026, 12, 28))
    run = ["--data-dir", str(ctx.data_dir), "case", str(case_id), "--today"]
    assert main(run + ["2027-01-03"]) == 0
    out = capsys.readouterr().out
    assert "▶  4 一榜公示　2026-12-28 至 2027-01-04　王经办" in out and "等待：一榜公示至 1月4日" in out
    assert main(run + ["2027-01-04"]) == 0
    assert "等待：一榜公示期满，待结束公示" in capsys.readouterr().out
    assert main(run + ["2027-02-30"]) == 2
