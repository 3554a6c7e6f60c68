"""Words for backups, restore and temporary files left by an interrupted write."""

LABELS: dict[str, dict[str, str]] = {
    "backup_count": {"village": "村（社区）", "household": "户", "member": "人", "audit_log": "操作记录"},
}

TEMPLATES: dict[str, str] = {
    "backup.on_server": "数据在 PostgreSQL 数据库服务器上：请用数据库自己的备份（pg_dump）和恢复（pg_restore），本程序的备份和恢复只用于数据文件",
    "backup.disk_full": "磁盘空间不足，备份没有写入“{folder}”。原数据未受影响，请清理磁盘或换一个位置",
    "backup.folder_is_file": "“{folder}”是一个文件，不是文件夹：请选一个文件夹（如 U 盘的根目录）作为备份文件夹",
    "backup.folder_inside_data": "“{folder}”在本程序的数据文件夹里，和数据在同一块磁盘上，电脑坏了会一起丢失。"
                                 "请选 U 盘、移动硬盘或另一块磁盘上的文件夹",
    "backup.folder_missing": "找不到备份文件夹“{folder}”（U 盘或移动硬盘是否已插好？）",
    "backup.too_big_for_folder": "备份没有写入“{folder}”：备份中有一个文件大于 4 GB（{size} GB），"
                                 "而这个 U 盘或移动硬盘是 FAT32 格式，单个文件不能超过 4 GB。原数据未受影响。"
                                 "请换一个 NTFS 或 exFAT 格式的移动硬盘，或把 U 盘上的文件另存后将它格式化为 exFAT",
    "backup.write_failed": "备份无法写入“{folder}”（U 盘或磁盘出错），请检查后再试",
    "backup.folder_denied": "备份无法写入“{folder}”：没有写入权限，或 U 盘有写保护。请换一个文件夹，或把 U 盘的写保护开关拨到可写一侧后再试",
    "backup.verify_failed": "备份“{path}”写入后核对不通过，已删除，请换一个位置再试",
    "backup.external_stale": "已有 {days} 天没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），"
                             "电脑损坏时数据可能全部丢失。请在“文件 → 备份文件夹”中选择位置并立即备份",
    "backup.external_never": "还没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），"
                              "电脑损坏时数据可能全部丢失。请在“文件 → 备份文件夹”中选择位置并立即备份",
    "backup.external_stale_ask_admin": "已有 {days} 天没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），"
                                       "电脑损坏时数据可能全部丢失。请管理员在“文件 → 备份文件夹”中选择位置并立即备份",
    "backup.external_never_ask_admin": "还没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），"
                                       "电脑损坏时数据可能全部丢失。请管理员在“文件 → 备份文件夹”中选择位置并立即备份",
    "backup.external_folder_stale": "已有 {days} 天没有备份到选定的备份文件夹“{folder}”（U 盘或移动硬盘没有插上？），"
                                    "电脑损坏时数据可能全部丢失。请插上后点“文件 → 立即备份”",
    "backup.external_folder_never": "还没有备份到选定的备份文件夹“{folder}”（U 盘或移动硬盘没有插上？），"
                                    "电脑损坏时数据可能全部丢失。请插上后点“文件 → 立即备份”",
    "backup.file_missing": "一户一档的文件“{path}”不见了，备份中没有它（其他数据和文件已备份）。请在该户的档案中重新添加",
    "backup.file_changed": "一户一档的文件“{path}”已被改动，与存档时不符，备份中没有它（其他数据和文件已备份）。请在该户的档案中重新添加",
    "backup.archive_bad": "备份“{path}”中的一户一档文件不完整或已损坏，不能使用",
    "restore.files_missing": "备份“{path}”缺少一户一档文件的压缩包（{archive}），不能完整恢复",
    "restore.disk_full": "数据文件夹“{folder}”所在的磁盘空间不足，放不下备份“{path}”（约 {size} MB），没有恢复，"
                         "当前数据未改变。备份本身没有问题，请清理磁盘后再试",
    "restore.unreadable": "无法读取文件“{path}”",
    "restore.corrupt": "文件“{path}”已损坏或不是本程序的备份，不能恢复",
    "restore.wal_beside": "文件“{path}”旁边有“{wal}”：这是从数据文件夹直接复制（或正在使用）的数据文件，不是备份，"
                          "最近的修改还在“{wal}”里，直接恢复会丢失这些修改。请先把它做成备份："
                          "dibao-desk --data-dir \"{folder}\" backup，再恢复生成的备份",
    "restore.not_store": "文件“{path}”不是本程序的数据备份",
    "restore.foreign_objects": "备份“{path}”里有本程序不会建立的触发器或视图（{names}），可能被其他软件改动过，不能恢复",
    "restore.checksum": "文件“{path}”与备份时记录的校验值（SHA-256）不符，可能已被改动或损坏，不能恢复",
    # the accounts a restore keeps (services.restore_accounts)
    "restore.accounts_differ": "账号与备份时不同的有 {count} 处。恢复只恢复业务数据，账号、角色、密码和找回码保持现在的样子，不回到备份时：",
    "restore.account_added": "账号“{name}”：备份之后新建，备份中没有（恢复后保留）",
    "restore.account_removed": "账号“{name}”：备份中有，现在没有（恢复后也没有）",
    "restore.account_enabled": "账号“{name}”：现已停用，备份时是启用的（恢复后仍停用）",
    "restore.account_disabled": "账号“{name}”：现为启用，备份时是停用的（恢复后仍启用）",
    "restore.account_roles": "账号“{name}”：角色现为{roles_now}，备份时为{roles_then}（恢复后仍为{roles_now}）",
    "restore.account_password": "账号“{name}”：密码在备份之后改过（恢复后仍用现在的密码，备份时的旧密码不能登录）",
    "restore.account_recovery_code": "管理员找回码在备份之后换过（恢复后仍用现在的找回码，备份时的旧找回码无效）",
    "restore.accounts_confirm": "账号保持现在的样子，不随备份恢复。确认恢复吗？",
    "restore.changed": "备份文件“{path}”在检查之后被改动过，没有恢复，当前数据未改变。请重新选择该文件，检查后再恢复",
    "restore.newer_schema": "该备份由更新版本的程序写入（版本 {revision}），请先升级本程序",
    "restore.upgrade_failed": "该备份由旧版程序写入（版本 {revision}），升级到本程序的数据版本时出错，没有恢复，当前数据未改变",
    # what a check or a restore is doing, over its progress bar
    "progress.backup.local": "正在备份到“{folder}”并核对…",
    "progress.backup.second": "正在把备份复制到第二个文件夹“{folder}”并核对…",
    "progress.backup.rotate": "正在按保留规则整理旧备份…",
    "progress.restore.copy": "正在复制备份文件“{name}”并核对校验值（SHA-256）…",
    "progress.restore.hash": "正在核对备份文件“{name}”的校验值（SHA-256）…",
    "progress.restore.check_store": "正在检查备份中的数据是否完整…",
    "progress.restore.check_files": "正在核对备份中的一户一档文件（共 {count} 个）…",
    "progress.restore.keep": "正在把当前数据另存为一份备份（恢复前的数据）…",
    "progress.restore.swap": "正在用备份替换当前数据…",
    "restore.in_progress": "正在恢复备份，请等恢复完成后再试",
    "restore.busy": "另一个程序正在读取数据，无法恢复。请关闭其他打开本数据的程序后再试，当前数据未改变",
    "restore.demo_backup": "这是演示数据的备份（假数据），不能恢复到本单位的数据中",
    "restore.into_demo": "这是一个单位的数据备份，不能恢复到演示数据中。请在新的数据文件夹中恢复",
    "restore.county_backup": "这是县民政局（县级模式）数据的备份：{name}（{code}），不能恢复到乡镇的数据中",
    "restore.township_backup": "这是乡镇的数据备份：{name}（{code}），不能恢复到县民政局（县级模式）的数据中",
    "restore.other_office": "该备份属于另一个单位：{name}（{code}），不能恢复到本单位的数据中",
    "lock.busy": "数据文件夹“{folder}”正被另一个程序使用：计算机 {host} 上的“{program}”（进程 {pid}），"
                 "自 {since} 起。请先关闭那个程序再试",
    "lock.busy_unknown": "数据文件夹“{folder}”正被另一个程序使用。请先关闭那个程序再试",
    "file.os_is_folder": "“{path}”是一个文件夹，不是文件：请换一个文件名再试",
    "file.os_not_folder": "“{path}”是一个文件，不是文件夹，不能把文件写在它里面：请换一个文件夹再试",
    "file.os_not_found": "找不到“{path}”或它所在的文件夹（U 盘可能已拔出，或文件夹不存在），请检查后再试",
    "file.os_denied": "没有权限读写“{path}”：它可能正被其他程序（如 Excel、WPS）打开，或 U 盘有写保护。请关闭后再试",
    "file.os_failed": "无法读写“{path}”（U 盘或磁盘出错），请检查后再试",
    "file.name_chars": "文件名“{name}”含有 U 盘和 Windows 不允许的字符（{chars}），请去掉这些字符后再试",
    "file.name_end": "文件名“{name}”以点或空格结尾，Windows 会把它们去掉，存下的文件就不叫这个名字了，请去掉后再试",
    "file.name_reserved": "“{name}”是 Windows 留作设备用的名字（如 CON、NUL、COM1），不能用作文件名，请换一个名字",
    "file.name_long": "文件名“{name}”太长，U 盘上存不下，请缩短到 {limit} 个字以内（不算“.xlsx”）再试",
    "write.disk_full": "磁盘空间不足，文件没有写入。原有数据和文件都没有改变，请清理磁盘或换一个位置",
}


def backup_lines(info) -> list[str]:
    """What a backup holds, line by line (the terminal and the restore dialog)."""
    from dibao_desk import messages
    from dibao_desk.domain.county import office_title

    if not info.office_code and not info.schema_revision:  # not a store at all: nothing to show of it
        return [f"备份文件：{info.path}"] + ([f"SHA-256：{info.sha256}"] if info.sha256 else [])
    counts = "，".join(f"{messages.label('backup_count', k)} {n}" for k, n in info.counts.items())
    return [
        f"备份文件：{info.path}",
        f"备份时间：{info.made_at:%Y-%m-%d %H:%M:%S}" if info.made_at else "备份时间：不详",
        f"单位：{office_title(info.county_name, info.office_name)}（{info.office_code}）",
        f"内容：{counts}" + (f"，一户一档文件 {info.files_count} 个（已核对）" if info.files_count else ""),
        f"数据结构版本：{info.schema_revision}（程序版本 {info.program_revision}"
        + ("，恢复时将自动升级" if info.older_schema and info.ok else "") + "）",
        f"SHA-256：{info.sha256}" + ("（与记录相符）" if info.sha256_recorded == info.sha256 else ""),
    ]


def account_problems(info) -> list:
    """How restoring ``info``'s backup changes the accounts (``BackupInfo.account_changes``), as
    sentences to show before it runs: a heading, then one per difference; [] when none."""
    from dibao_desk import messages
    from dibao_desk.domain.problems import Problem

    changes = getattr(info, "account_changes", ())
    if not changes:
        return []

    def roles(codes) -> str:
        return "、".join(messages.label("role", r) for r in codes) or "（无）"

    out = [Problem("restore.accounts_differ", "", {"count": len(changes)})]
    for c in changes:
        params = {"name": c.name}
        if c.change == "roles":
            params |= {"roles_now": roles(c.roles_now), "roles_then": roles(c.roles_then)}
        out.append(Problem(f"restore.account_{c.change}", "", params))
    return out


def busy_text(exc) -> str:
    """Who holds the data folder (a ``services.storelock.StoreBusy``)."""
    from dibao_desk import messages

    o = exc.owner
    if o is None:
        return messages.text("lock.busy_unknown", folder=exc.folder)
    return messages.text("lock.busy", folder=exc.folder, host=o.host, pid=o.pid, program=o.program, since=o.since)
