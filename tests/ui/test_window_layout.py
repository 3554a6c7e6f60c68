"""The window opens at the size and with the splitters where the person left them."""

from dibao_desk.ui.main_window import MainWindow


def test_size_and_splitters_are_remembered(qtbot, ctx):  # QSettings in tmp_path (conftest)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 728
    window.show()
    # the offscreen screen is 800×600; the reviews calendar's two-line days set the height it needs
    size = (max(760, window.minimumSizeHint().width()), max(520, window.minimumSizeHint().height()))
    window.resize(*size)
    qtbot.wait(100)  # let the layout take the new size before the person drags the splitter
    split = window.view("households").splitter
    split.setSizes([300, 100])
    sizes = split.sizes()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(100)
    assert (again.width(), again.height()) == size
    assert again.view("households").splitter.sizes() == sizes


def test_column_widths_and_sort_of_the_lists_are_remembered(qtbot, ctx, make_household):
    """The person widens the name column of 家庭名册 and sorts by village; the next start shows
    the list as they left it, and the other lists keep their widened columns too."""
    from PySide6.QtCore import Qt

    make_household()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    table = window.view("households").table
    header = table.horizontalHeader()
    village = [c.key for c in window.view("households").model.columns].index("village")
    header.resizeSection(1, 260)
    header.setSortIndicator(village, Qt.SortOrder.DescendingOrder)
    window.view("cases").table.horizontalHeader().resizeSection(0, 177)
    window.close()

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    header = again.view("households").table.horizontalHeader()
    assert header.sectionSize(1) == 260
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (village, Qt.SortOrder.DescendingOrder)
    assert again.view("cases").table.horizontalHeader().sectionSize(0) == 177
