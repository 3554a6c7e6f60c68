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
