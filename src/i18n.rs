//! Every string of the interface, in Chinese and English. A key without both texts does not compile,
//! and a test fails on an empty or untranslated one.

use crate::domain::text::Lang;

macro_rules! ui_strings {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A string of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum UiText { $($key),* }

        /// Both texts of every key, in key order: a table is a fraction of the code a match compiles to.
        const TEXTS: &[[&str; 2]] = &[$([$zh, $en]),*];

        /// Every key's name, in key order.
        const NAMES: &[&str] = &[$(stringify!($key)),*];

        impl UiText {
            pub const ALL: &'static [UiText] = &[$(UiText::$key),*];

            /// The key of this name, e.g. for texts written outside Rust (the page's first screen).
            pub fn named(name: &str) -> Option<UiText> {
                NAMES.iter().position(|n| *n == name).map(|i| UiText::ALL[i])
            }

            pub fn get(self, lang: Lang) -> &'static str {
                TEXTS[self as usize][lang as usize]
            }
        }
    };
}

ui_strings! {
    AppTitle => "质量管理能力自评预检", "Quality management capability pre-check";
    AppSubtitle => "制造业企业质量管理能力评估 · 自评参考", "Manufacturers' quality management capability · indicative self-check";
    Language => "语言", "Language";
    SwitchLanguage => "English", "中文";
    StartHeading => "开始前请了解", "Before you start";
    StartWhat => "按 4 个维度、30 项指标逐项选择贵企业实际达到的等级，即时得到自评参考等级、差距清单和下一等级的要求。", "Choose, indicator by indicator across 4 dimensions and 30 indicators, the level your enterprise really reaches, and see an indicative level, a gap list and what the next level needs.";
    StartTime => "通常需要 30–60 分钟，可随时中断。", "It usually takes 30–60 minutes and can be left at any time.";
    StartPrivacy => "答案只保存在本浏览器中，除非您导出文件，否则不会离开本机。", "Answers stay in this browser; nothing leaves this device unless you export a file.";
    StartNotOfficial => "本工具不是官方评价平台，结果仅供参考。", "This is not the official evaluation platform; the result is indicative only.";
    StartButton => "开始自评", "Start the self-check";
    ResumeButton => "继续上次的自评", "Resume the draft";
    ImportButton => "导入答卷文件", "Import an answer file";
    ExportButton => "导出答卷", "Export answers";
    CopyJson => "复制 JSON", "Copy JSON";
    Copied => "已复制到剪贴板。", "Copied to the clipboard.";
    ExportFailed => "浏览器未能下载文件，请改用“复制 JSON”。", "The browser could not download the file; please use “Copy JSON” instead.";
    CopyFailed => "无法访问剪贴板，请改用导出。", "The clipboard is not available; please export instead.";
    ExportBlocked => "此页面所在的网站不允许本工具下载文件，答卷没有导出。可以改为“复制 JSON”，或“显示 JSON”后手动全选复制，粘贴到记事本并另存为 .json 文件。", "The site this page is embedded in does not let the tool download files, so nothing was exported. Use “Copy JSON” instead, or “Show JSON”, select it all and copy it into a text editor saved as a .json file.";
    ExportUnsure => "本工具嵌入在另一个网站的页面中。如果没有开始下载，说明该网站不允许下载：可以改为“复制 JSON”，或“显示 JSON”后手动复制。", "This tool is embedded in another site's page. If no download started, that site does not allow downloads: use “Copy JSON” instead, or “Show JSON” and copy it by hand.";
    PrintBlocked => "打印对话框没有打开（此页面所在的网站可能不允许）。请使用浏览器菜单中的“打印”（Ctrl+P，Mac 上 ⌘P）；也可以复制 JSON，在单独打开的本工具页面中导入后打印。", "The print dialog did not open (the site this page is embedded in may not allow it). Use Print in the browser's menu (Ctrl+P, ⌘P on a Mac), or copy the JSON and import it into the tool opened on its own page to print there.";
    ClipboardUnavailable => "这里无法使用剪贴板（例如页面不是 HTTPS 地址，或所在网站不允许）。下面文本框中的 JSON 已全部选中，请按 Ctrl+C（Mac 上 ⌘C，手机上长按）复制。", "The clipboard cannot be used here (for example the page is not on HTTPS, or its site does not allow it). The JSON below is selected: press Ctrl+C (⌘C on a Mac, long-press on a phone) to copy it.";
    ShowJson => "显示 JSON", "Show JSON";
    AnswerJson => "答卷 JSON（可全选复制）", "Answer file JSON (select all and copy)";
    PrintButton => "打印 / 另存为 PDF", "Print / save as PDF";
    LevelKeys => "数字键 1–5 可直接选择。", "Keys 1–5 pick a level.";
    MoreActions => "更多", "More";
    NothingToExport => "还没有可导出的答卷：请先填写企业信息或回答一个问题。", "Nothing to export yet: fill in the profile or answer a question first.";
    ExportFor => "答卷文件（JSON）可在本工具中重新打开，也可把答卷带到另一台电脑或浏览器继续。", "The answer file (JSON) reopens in this tool and moves the answers to another browser or computer.";
    PrintFor => "打印或另存为 PDF 的报告，是给顾问或领导阅读的。", "The printed report (or PDF) is what a consultant or director reads.";
    SizeRule => "工业企业的规模按国家统计局《统计上大中小微型企业划分办法（2017）》划分，人数与营业收入两项须同时达到：大型，从业人员 1000 人及以上且营业收入 4 亿元及以上；中型，300 人及以上且 2000 万元及以上；小型，20 人及以上且 300 万元及以上；低于小型的为微型。", "Industrial enterprises are sized by the National Bureau of Statistics rule on large, medium, small and micro enterprises (2017); both the headcount and the revenue must reach the mark: large, 1,000 employees or more and revenue of 400 million yuan or more; medium, 300 or more and 20 million yuan or more; small, 20 or more and 3 million yuan or more; below small, micro.";
    Profile => "企业信息", "Enterprise profile";
    ProfileHint => "以下各项均为选填，只保存您填写的内容，不影响评估结果。", "Every field is optional; only what you fill in is kept, and none of it affects the result.";
    ChooseOption => "请选择", "Choose";
    Result => "评估结果", "Result";
    Previous => "上一步", "Previous";
    Next => "下一步", "Next";
    SeeResult => "查看结果", "See the result";
    JumpUnanswered => "跳到第一个未答指标", "Jump to the first unanswered";
    AllAnswered => "全部指标已作答", "All indicators answered";
    Steps => "步骤", "Steps";
    Progress => "进度", "Progress";
    Answered => "已答", "answered";
    IndicativeLevel => "自评参考等级", "Indicative level";
    LevelSoFar => "当前参考等级", "Level so far";
    NoLevelYet => "尚未作答", "No answers yet";
    Incomplete => "未答完，结果为阶段性参考", "Incomplete: the result covers what is answered";
    Score => "综合得分", "Overall score";
    DimensionScore => "得分", "Score";
    NotApplicable => "不适用", "Not applicable";
    ClearChoice => "清除选择", "Clear";
    Evidence => "评审时可能查看的证据", "Evidence a reviewer may ask for";
    EvidenceNote => "佐证说明（选填）", "Evidence note (optional)";
    EvidenceNotePlaceholder => "例如：文件编号、系统名称、数据来源", "e.g. document numbers, system names, data sources";
    KpiFigure => "数值", "Value";
    KpiYear => "年份", "Year";
    FigureUseMeant => "按 {meant} 填写", "Use {meant}";
    FigureUnread => "“{typed}”（未能识别，未计入）", "“{typed}” (not read, not counted)";
    FigureToConfirm => "“{typed}”（待确认：是指 {meant} 吗？确认前未计入）", "“{typed}” (to confirm: {meant}? not counted until confirmed)";
    FigureToConfirmItem => "{id}（“{typed}”是指 {meant} 吗？）", "{id} (“{typed}”: {meant}?)";
    FiguresToConfirm => "以下数值有两种读法，确认前未计入，请在该指标处确认：{items}。", "These figures can be read two ways and are not counted until confirmed at the indicator: {items}.";
    FiguresUnread => "以下指标填写的数值未能识别，已原样保留但未计入，请核对：{ids}。", "The figures typed for these indicators could not be read; they are kept as typed but not counted. Please check: {ids}.";
    NameBlank => "名称不能为空，已保留原名称“{name}”。", "A name cannot be blank; the name “{name}” is kept.";
    FileDecodedAs => "此文件不是 UTF-8 编码，已按 {encoding} 读取。请核对下面的名称是否正确，无误再导入。", "This file is not in UTF-8; it was read as {encoding}. Check that the names below read correctly before you import it.";
    FileEncodingRefused => "此文件不是 UTF-8 编码，按 {encoding} 读取后仍无法使用：{reason}", "This file is not in UTF-8, and read as {encoding} it still cannot be used: {reason}";
    FileNotText => "此文件既不是 UTF-8，也不是 {encoding} 编码的文本，无法读取。请用“UTF-8”编码重新保存后再试。", "This file is neither UTF-8 nor {encoding} text and cannot be read. Please save it again as UTF-8 and retry.";
    NamespaceShared => "本页另有一个自评组件使用同一存储空间“{ns}”，两者的草稿会互相覆盖。请为每个组件设置不同的 data-namespace。", "Another self-check widget on this page uses the same storage space “{ns}”, so their drafts would overwrite each other. Give each widget its own data-namespace.";
    NamespaceUnusable => "存储空间名称“{ns}”无法使用（{reason}），本组件改用默认存储空间“{fallback}”。", "The storage space name “{ns}” cannot be used ({reason}); this widget uses the default space “{fallback}” instead.";
    NewerDrafts => "由更新版本保存的草稿", "Drafts made by a newer version";
    NewerDraftRow => "由更新版本的本工具保存 — 请更新后打开", "Made by a newer version — update to open";
    NewerDraftNotice => "草稿“{name}”由更新版本的本工具保存，本版本无法打开；它原样保留，未被改动。请更新本工具后再打开。", "The draft “{name}” was made by a newer version of this tool, which this version cannot open; it is kept untouched. Please update the tool to open it.";
    Scope => "适用范围：", "Scope: ";
    HintShow => "可出示：", "You could show: ";
    NaWhen => "何时可选：", "When it applies: ";
    NaReason => "不适用的理由（必填，一句话即可）", "Why it does not apply (required, one line is enough)";
    NaReasonMissing => "请写明为何不适用；写明之前本项不计为已作答。", "Please say why it does not apply; until then this indicator does not count as answered.";
    KpiHigher => "数值越高越好", "Higher is better";
    KpiLower => "数值越低越好", "Lower is better";
    GatesLegend => "近三年内是否发生过以下情况？（勾选所有发生的；任何一项都会限制参考等级）", "Did any of these happen in the last three years? (Tick every one that did; each caps the indicative level.)";
    GateCaps => "发生时等级最高为{level}", "If it did, the level is at most {level}";
    RecheckHeading => "题库已更新：{count} 项旧答案需要重新核对", "The question bank has changed: {count} earlier answers need checking";
    RecheckIntro => "此草稿按题库 {edition} 版作答。含义未变的指标已沿用原答案；下列指标已修改、合并或删除，原答案和备注保留在这里，备注也已复制到现在对应的指标中。请按新题目重新选择等级。", "This draft was answered against edition {edition} of the bank. Answers to indicators that kept their meaning were carried over; the indicators below were changed, merged or removed, and their answers and notes are kept here, with each note also copied to the indicator that now covers it. Please choose the levels again against the new questions.";
    RecheckWas => "{edition} 版 {id}", "Edition {edition}, {id}";
    RecheckAnswer => "原答案：", "Earlier answer: ";
    RecheckNote => "原备注：", "Earlier note: ";
    RecheckFigure => "原填报数值：", "Earlier figure: ";
    RecheckNow => "现在对应：", "Now covered by: ";
    RecheckRemoved => "此主题已不再单独评价。", "This subject is no longer assessed on its own.";
    RecheckDone => "已全部核对，关闭提示", "All checked, close this notice";
    RecheckInline => "上一版的答案（请重新选择）", "Answer in the earlier edition (please choose again)";
    LevelHelp => "请选择完全符合的最高等级（高等级包含低等级的全部要求）。", "Choose the highest level that fully holds (each level includes everything below it).";
    Ladder => "等级阶梯", "The level ladder";
    Radar => "四个维度得分雷达图", "Radar chart of the four dimension scores";
    Dimension => "维度", "Dimension";
    DimensionScores => "各维度得分", "Dimension scores";
    Level => "等级", "Level";
    Weight => "权重", "Weight";
    WhyNotNext => "为什么还不是下一等级", "Why not the next level";
    TopLevel => "已达到最高等级。请保持并持续改进。", "This is the top level. Keep it up and keep improving.";
    ScoreShort => "综合得分 {score}，低于{level}的门槛 {needed}（还差 {gap}）。", "The overall score {score} is below the {level} threshold of {needed} ({gap} short).";
    DimensionLags => "“{dim}”维度只达到{have}，{level}要求该维度至少达到{need}。", "The dimension “{dim}” reaches only {have}; {level} needs it at {need} or above.";
    CoreBelow => "核心指标“{indicator}”需达到{need}（现为{have}）。", "Core indicator {indicator} must be at {need} (now {have}).";
    CoreUnanswered => "核心指标“{indicator}”尚未作答，需达到{need}。", "Core indicator {indicator} is not answered yet; it must be at {need}.";
    DimensionsLag => "{dims}维度只达到{have}，{level}要求每个维度至少达到{need}。", "The dimensions {dims} reach only {have}; {level} needs every dimension at {need} or above.";
    AllDimensionsLag => "所有维度都只达到{have}，{level}要求每个维度至少达到{need}。", "Every dimension reaches only {have}; {level} needs every dimension at {need} or above.";
    DimensionsLagMixed => "{dims}维度未达到{need}，{level}要求每个维度至少达到{need}。", "The dimensions {dims} are below {need}; {level} needs every dimension at {need} or above.";
    Weakest => "最弱的维度是“{dim}”（得分 {score}，{level}），其中等级最低的指标：{indicators}。", "The weakest dimension is “{dim}” (score {score}, {level}); lowest there: {indicators}.";
    GapSteps => "从现在到{level}，逐级需要：", "Each level on the way to {level} needs:";
    RangeOpen => "尚未答完：随着作答，范围会缩小", "still open: the range narrows as you answer";
    RangeUnsureOpen => "有答案标为“不确定”：核实后范围会缩小", "some answers are marked not sure: the range narrows once they are checked";
    PossibleLevel => "可能的等级", "possible level";
    BankEdition => "{title}（{version} 版）", "{title}, edition {version}";
    MainReason => "主要原因", "Main reason";
    BackToSamples => "返回示例列表", "Back to the samples";
    GapList => "差距清单", "Gap list";
    FigureChecks => "正式自评前请核对", "To check before the official self-assessment";
    FigureChecksIntro => "以下记录的数据与所选等级不一致。请核对数据或等级；这只是提醒，不影响得分和等级。", "These recorded figures do not fit the level chosen. Please check the figure or the level; this is a reminder only and changes neither the score nor the level.";
    FigureCheckStands => "选择了{level}，记录的数据为 {figure}", "{level} chosen, figure recorded {figure}";
    FigureCheckCard => "请核对：", "Please check: ";
    GapIntro => "要达到{level}，需要提升以下指标（按对得分的影响排序）：", "To reach {level}, raise these indicators (ordered by their effect on the score):";
    GapNow => "现为", "now";
    PossibleRangeUnsure => "有答案标为“不确定”：按低一级计算时，等级在{low}至{high}之间。", "Some answers are marked \"not sure\": counted one level lower, the level lies between {low} and {high}.";
    Unsure => "不确定", "Not sure";
    UnsureHint => "拿不准时勾选：结果的下限按低一级计，并列入正式自评前需核实的清单。", "Tick when in doubt: the low end of the result counts it one level lower, and it is listed to resolve before the official self-assessment.";
    UnsureList => "正式自评前需核实的答案", "To resolve before the official self-assessment";
    UnsureIntro => "以下答案标为“不确定”，结果的下限按低一级计算：", "These answers are marked \"not sure\"; the low end of the result counts them one level lower:";
    PathHeading => "达到目标等级的最短路径", "The shortest path to a target level";
    PathTarget => "目标等级", "Target level";
    PathStartNote => "计算时，未作答的指标按{lowest}计，标为“不确定”的答案按低一级计；因此无论这些答案最后如何，按下列路径提升都能达到目标等级。每项最多提升到目标等级。", "Unanswered indicators count as {lowest} and answers marked \"not sure\" one level lower, so the raises below reach the target however those answers turn out. No indicator is raised past the target.";
    PathIntro => "要达到{level}，至少需要提升以下 {n} 项指标（共 {steps} 个等级台阶）：", "Indicators to raise to reach {level}, at the least: {n} ({steps} level steps in all):";
    PathReached => "已达到{level}，无需再提升。", "{level} is already reached; nothing needs raising.";
    PathCapped => "无法达到{level}：{reasons}", "{level} cannot be reached: {reasons}";
    PathOutOfReach => "即使把每项指标都提升到{level}，也达不到该等级：题库的评分规则要求更多。", "Even with every indicator raised to {level}, that level is not reached: the bank's scoring rules ask for more.";
    PathUnsureFrom => "现为{chosen}（不确定，按{counted}计）", "now {chosen} (not sure, counts as {counted})";
    PathUnanswered => "未作答（按{lowest}计）", "unanswered (counts as {lowest})";
    GapTarget => "需达到", "must meet";
    GapEffect => "综合得分 +{effect} 分", "+{effect} points of the overall score";
    HoldsBack => "拖后腿的维度", "holds the level back";
    CoreTag => "核心指标", "core indicator";
    GapShowAll => "显示全部 {n} 项", "Show all {n}";
    GapShowFewer => "只显示影响最大的 {n} 项", "Show the {n} most valuable only";
    GapDimension => "维度", "Dimension";
    RadarNotAnswered => "（未作答）", "(not answered)";
    ReportUntitled => "未命名企业", "Enterprise not named";
    Unanswered => "还有 {n} 项指标未作答。", "{n} indicators are not answered yet.";
    Answers => "答卷明细", "Answers";
    Note => "说明", "Note";
    BankLabel => "题库", "Question bank";
    ReportDate => "报告日期", "Report date";
    // The printed report and the spreadsheet export (issue 22).
    ReportTitle => "质量管理能力自评报告", "Quality management capability self-assessment report";
    ReportEnterprise => "企业基本信息", "Enterprise information";
    ReportBasis => "评估依据与范围", "Basis and scope";
    ReportResult => "自评结果", "Result of the self-assessment";
    ReportStrengths => "优势与短板", "Strengths and weak points";
    ReportStrengthsPart => "优势", "Strengths";
    ReportWeakPart => "短板", "Weak points";
    ReportPath => "提升路径", "Path to the target level";
    ReportPlan => "整改计划", "Improvement plan";
    ReportEvidence => "佐证材料清单", "Evidence index";
    ReportDeclaration => "真实性承诺", "Declaration of truthfulness";
    ReportHash => "题库校验值（SHA-256）", "Bank hash (SHA-256)";
    ReportScope => "评估范围", "Scope";
    ReportMethod => "等级按题库的评分规则计算：维度得分为其指标等级的加权平均，综合得分为各维度得分的加权平均；等级还受维度落后、核心指标和否决项的限制。", "The level follows the bank's scoring rules: a dimension's score is the weighted mean of its indicators' levels, the overall score the weighted mean of the dimensions' scores; lagging dimensions, core indicators and veto items also limit the level.";
    ReportScoreLine => "综合得分 {score} / 5 · 已答 {answered}/{total} 项指标", "Overall score {score} / 5 · {answered} of {total} indicators answered";
    ReportUnsure => "标为“不确定”、正式自评前需核实的答案：{items}。", "Answers marked \"not sure\", to resolve before the official self-assessment: {items}.";
    ReportStrongest => "得分最高的维度：{dim}（{score}，{level}）。", "Strongest dimension: {dim} ({score}, {level}).";
    ReportAbove => "高于整体等级{level}的指标：{items}。", "Indicators above the overall level, {level}: {items}.";
    ReportNoneAbove => "没有指标高于整体等级{level}。", "No indicator is above the overall level, {level}.";
    ReportNoStrengths => "尚无可列出的优势：请先回答各项指标。", "No strengths to list yet: answer the indicators first.";
    ReportTarget => "目标等级：{level}", "Target level: {level}";
    ReportNoTarget => "没有可设定的目标等级：尚未作答，或已达到最高等级。", "There is no target level to set: nothing is answered yet, or the top level is reached.";
    ReportOverdue => "已逾期", "overdue";
    ReportNotReady => "未备齐", "not ready";
    ReportEvidenceSummary => "共登记 {n} 项材料，{ready} 项已备齐。", "{n} records listed, {ready} ready.";
    ReportToBeEvidenced => "待佐证（自评为保证级及以上、尚无已备齐的材料）：{items}。", "To be evidenced (claimed at the assurance level or above, no record ready yet): {items}.";
    ReportPlanEmpty => "尚未制定整改计划。", "No improvement plan has been drawn up yet.";
    ReportEvidenceEmpty => "尚未登记佐证材料。", "No evidence has been registered yet.";
    ReportUnsureMark => "（不确定）", " (not sure)";
    ReportGates => "否决项", "Veto items";
    ReportNoGates => "均未发生", "none applies";
    ReportDeclarationText => "本企业承诺：本报告所填信息及所列佐证材料真实、准确、完整，自评等级按企业实际情况作出。如有不实，本企业愿承担相应责任。", "We declare that the information in this report and the evidence it lists are true, accurate and complete, and that the levels chosen reflect the enterprise as it is. We accept responsibility for any statement found untrue.";
    ReportPreparer => "填报人", "Preparer";
    ReportReviewer => "审核人", "Reviewer";
    ReportLegalRep => "法定代表人", "Legal representative";
    ReportSignature => "签字", "signature";
    ReportSignDate => "日期", "Date";
    ReportSeal => "企业（盖章）", "Company seal";
    ReportWeakMore => "另有 {n} 项指标低于{level}，各项等级见“答卷明细”。", "{n} more indicators are below {level}; every level is in the answers.";
    ReportEffect => "综合得分增加", "Overall score gain";
    ReportNow => "现为", "Now";
    ReportNeeded => "需达到", "Must meet";
    ReportRemarks => "备注", "Remarks";
    ReportNeed => "需达到的要求", "What it must meet";
    SheetExport => "导出表格 (CSV)", "Export spreadsheet (CSV)";
    SheetFor => "表格（CSV）含答卷、整改计划和佐证材料清单，可用 Excel 或 WPS 打开、筛选和汇总。", "The spreadsheet (CSV) holds the answers, the improvement plan and the evidence, to open, filter and total in Excel or WPS.";
    SheetSummary => "概况", "Summary";
    SheetItem => "项目", "Item";
    SheetValue => "内容", "Value";
    SheetIndicatorId => "指标编号", "Indicator id";
    SheetLevelNumber => "等级（1–5）", "Level (1–5)";
    SheetLevelName => "等级名称", "Level name";
    SheetNaReason => "不适用理由", "Reason not applicable";
    SheetFigure => "数据", "Figure";
    SheetUnit => "单位", "Unit";
    SheetYear => "年份", "Year";
    SheetYes => "是", "yes";
    SheetExpectedNumber => "预期等级（1–5）", "Expected level (1–5)";
    SheetClaimed => "自评等级", "Level claimed";
    SavedAt => "已保存 · {time}", "Saved · {time}";
    Saving => "正在保存…", "Saving…";
    SaveMemoryOnly => "浏览器存储不可用：答案只保存在本页内存中，关闭页面会丢失。请导出答卷保存。", "Browser storage is not available: answers live only in this page's memory and are lost when it closes. Please export them.";
    SaveQuota => "浏览器存储已满，最新修改未能保存（仍保留在本页中）。请导出答卷，或删除不用的草稿。", "Browser storage is full; the latest changes could not be saved (they are still in this page). Please export, or delete drafts you no longer need.";
    SaveFailed => "保存失败：{reason}。修改仍保留在本页中，请导出答卷。", "Saving failed: {reason}. Your changes are still in this page; please export them.";
    Damaged => "发现一份无法读取的草稿，已原样另存，未被覆盖。可导出其原始内容。", "A stored draft could not be read. It was set aside unchanged, not overwritten; you can export its raw text.";
    ExportDamaged => "导出损坏草稿的原始内容", "Export the damaged draft's raw text";
    Dismiss => "关闭", "Dismiss";
    ImportRefused => "无法导入：{reason}", "Cannot import: {reason}";
    ImportPreview => "即将导入", "About to import";
    ImportAsNew => "作为新草稿导入", "Import as a new draft";
    Cancel => "取消", "Cancel";
    Imported => "已导入为新草稿“{name}”。", "Imported as the new draft “{name}”.";
    DropHere => "也可以把答卷文件拖放到此页面。", "You can also drop an answer file onto this page.";
    Enterprise => "企业", "Enterprise";
    Drafts => "草稿", "Drafts";
    NewDraft => "新建草稿", "New draft";
    DraftName => "草稿名称", "Draft name";
    Open => "打开", "Open";
    Delete => "删除", "Delete";
    Undo => "撤销", "Undo";
    Deleted => "已删除草稿“{name}”。", "Deleted the draft “{name}”.";
    Duplicate => "复制", "Duplicate";
    Rename => "重命名", "Rename";
    CopyOf => "{name}（副本）", "{name} (copy)";
    LastChange => "最后修改", "Last change";
    Current => "当前", "current";
    Untitled => "未命名自评", "Untitled self-check";
    StorageReminder => "浏览器可能在清理数据时删除草稿，建议定期导出备份。", "Browsers may clear stored drafts; export a copy now and then.";
    PanicMessage => "很抱歉，程序出错了。您的答案已自动保存在本浏览器中，请刷新页面继续。", "Sorry, something went wrong. Your answers were saved in this browser; please reload the page to continue.";
    CreditCodeOk => "校验通过", "Check character is correct";
    Indicators => "项指标", "indicators";
    Indicator => "指标", "Indicator";
    Print => "打印", "Print";
    UpdatedElsewhere => "此草稿已在另一个标签页中修改，本页已更新为最新内容。", "This draft was changed in another tab; this page now shows the latest version.";
    ConflictTitle => "此草稿同时在另一个标签页中被修改。请选择保留哪个版本，另一个版本会另存为副本，不会丢失。", "This draft was also changed in another tab. Choose which version to keep; the other is saved as a copy, nothing is lost.";
    KeepMine => "保留本页的版本", "Keep this tab's version";
    TakeTheirs => "采用另一页的版本", "Use the other tab's version";
    OtherTabCopy => "{name}（另一标签页）", "{name} (other tab)";
    ThisTabCopy => "{name}（本标签页）", "{name} (this tab)";
    Compare => "对比草稿", "Compare drafts";
    CompareIntro => "选择两份草稿并排比较，例如今年与去年，或企业自评与培训师的评估。", "Pick two drafts to see side by side, e.g. this year and last, or the enterprise's answers and a trainer's.";
    FirstDraft => "① 草稿一（实线）", "① First draft (solid line)";
    SecondDraft => "② 草稿二（虚线）", "② Second draft (dashed line)";
    Differences => "答案不同的指标", "Indicators answered differently";
    NoDifferences => "两份草稿的答案完全相同。", "Both drafts have the same answers.";
    NeedTwoDrafts => "至少需要两份已保存的草稿才能对比。", "Comparing needs at least two saved drafts.";
    NotAnswered => "未答", "not answered";
    Change => "变化", "Change";
    TrainerMode => "培训演示", "Trainer mode";
    ResetDemo => "重置演示", "Reset the demo";
    DemoReset => "演示数据已恢复为示例企业，真实草稿未受影响。", "The demo is back to the sample enterprises; real drafts were not touched.";
    TrainerHint => "培训演示模式：示例企业均为虚构，演示数据与真实草稿分开保存，可随时一键重置。", "Trainer mode: the sample enterprises are fictional, and demo data is kept apart from real drafts and can be reset in one click.";
    Samples => "示例企业", "Sample enterprises";
    ShowResult => "查看结果", "Show the result";
    LoadBank => "加载题库文件", "Load a bank file";
    DefaultBank => "改用内置题库", "Use the built-in bank";
    BankLoaded => "已加载题库“{title}”（{version} 版）。此题库的草稿与其他题库的分开保存。", "Loaded the bank “{title}” (edition {version}). Drafts for this bank are kept apart from other banks'.";
    BankIsBuiltin => "此题库文件就是内置题库（{version}），已使用内置题库的当前版本 {current}：草稿照常保留，较早版本的答卷会带到当前版本。", "This bank file is the built-in bank ({version}), so the built-in bank’s current edition {current} is used: drafts stay as they are, and answer files of earlier editions are brought up to it.";
    BankRefused => "无法使用该题库：{reason}", "This bank cannot be used: {reason}";
    StoredBankRefused => "之前加载的题库未通过当前校验，已改用内置题库：{reason}", "The bank loaded on an earlier visit fails today's checks, so the built-in bank is used: {reason}";
    BankUrlFailed => "无法加载题库 {url}（{reason}），已改用内置题库。", "Could not load the bank at {url} ({reason}); the built-in bank is used instead.";
    LoadingBank => "正在加载题库…", "Loading the question bank…";
    LoadingSamples => "正在加载培训示例…", "Loading the training samples…";
    SamplesFailed => "培训示例未能加载（{reason}），本次培训演示没有示例企业；联网后重新打开培训演示即可再次加载。您的草稿不受影响。", "The training samples could not be loaded ({reason}), so trainer mode has no sample enterprises this time; switch trainer mode on again when online to load them. Your drafts are not affected.";
    LoadingApp => "正在加载…", "Loading…";
    NeedsScript => "本工具需要启用 JavaScript 才能开始自评。", "This tool needs JavaScript to run the self-check.";
    OpeningDraft => "正在打开您的草稿…", "Opening your draft…";
    UpdateAvailable => "新版本可用", "A new version is available";
    UpdateReload => "重新加载", "Reload";
    PossibleRange => "答题尚不足以给出单一等级：按未答指标的最低和最高情形，等级在{low}至{high}之间。", "Too few answers for one level yet: with the unanswered indicators at their lowest and highest, the level lies between {low} and {high}.";
    Generated => "由质量管理能力自评预检工具生成", "Generated by the quality management capability pre-check";
    // Improvement plan (整改计划) and evidence register (佐证材料清单), issue 22.
    PlanAddPath => "加入整改计划", "Add to improvement plan";
    PlanAddPathDone => "路径上的各项已在整改计划中", "Every raise of the path is in the plan";
    PlanAddGap => "加入整改计划", "Add to improvement plan";
    PlanAddGapDone => "已在整改计划中", "In the improvement plan";
    PlanAdded => "已加入整改计划：{n} 项措施。", "Added to the improvement plan: {n} actions.";
    PlanHeading => "整改计划", "Improvement plan";
    PlanEmpty => "尚无整改措施：可把上方的最短路径或差距清单中的指标加入整改计划。", "No actions yet: add the shortest path above, or an indicator of the gap list, to the plan.";
    PlanSummary => "共 {n} 项措施：已完成 {done} 项，逾期 {late} 项。", "{n} actions: {done} done, {late} overdue.";
    PlanWhat => "措施", "Action";
    PlanOwner => "责任人", "Owner";
    PlanDue => "完成期限", "Due date";
    PlanDueHint => "如 2026-12-31 或 2026年12月31日", "such as 2026-12-31";
    PlanStatus => "状态", "Status";
    PlanExpected => "预期等级", "Expected level";
    PlanOverdue => "已逾期（期限 {due}）", "Overdue (due {due})";
    PlanRemove => "删除", "Remove";
    PlanRemoveConfirm => "确认删除这项措施", "Confirm: remove this action";
    PlanRemoveCancel => "保留", "Keep it";
    PlanRemoved => "已删除一项整改措施。", "One action was removed.";
    PlanFor => "{title}：整改措施", "{title}: improvement action";
    EvidenceHeading => "佐证材料清单", "Evidence register";
    EvidenceCount => "{n} 项，{ready} 项已备齐", "{n} listed, {ready} ready";
    EvidenceIntro => "列出现场评价时可出示的记录和存放位置（只记名称和位置，不上传文件）。", "List the records to show an on-site reviewer and where they are kept (names and places only; no files are uploaded).";
    EvidenceName => "材料名称", "Record";
    EvidencePlace => "存放位置", "Kept at";
    EvidenceReady => "已备齐", "Ready";
    EvidenceRemove => "移除", "Remove";
    EvidenceSeed => "按题库提示生成", "Seed from the bank's hints";
    EvidenceSeedNone => "所选等级没有题库提示（保证级及以上才有）。", "The bank has no hints for the level chosen (they start at the assurance level).";
    EvidenceAdd => "添加一项", "Add an item";
    EvidenceItemFor => "佐证材料 {n}", "Evidence item {n}";
    ToBeEvidencedHeading => "待佐证", "To be evidenced";
    ToBeEvidencedIntro => "以下指标自评为保证级及以上，但还没有标为“已备齐”的佐证材料；现场评价会要求出示：", "These indicators claim the assurance level or above but have no evidence marked ready; an on-site review will ask for it:";
    // Earlier bank editions fetched on demand (issue 23).
    EditionsLoading => "正在加载较早版本的题库，以打开按该版本填写的草稿或文件……", "Loading the earlier bank edition to open a draft or file answered in it…";
    EditionsFailedDraft => "较早版本的题库未能加载（{reason}），草稿“{name}”暂时无法打开。它原样保存在本机，未作任何改动；网络恢复或网站补齐题库版本文件后，在“草稿”中再次打开即可。", "The earlier bank edition could not be loaded ({reason}), so the draft “{name}” cannot be opened yet. It is kept on this device exactly as it was; open it again from Drafts once the network is back or the site provides the edition files.";
    EditionsFailedFile => "较早版本的题库未能加载（{reason}），这份按该版本填写的答卷文件未导入。网络恢复或网站补齐题库版本文件后，请再次导入。", "The earlier bank edition could not be loaded ({reason}), so this answer file, answered in that edition, was not imported. Import it again once the network is back or the site provides the edition files.";
    EditionsReadyToExport => "较早版本的题库已加载，现在可以导出草稿“{name}”。", "The earlier bank edition is in: draft “{name}” can be exported now.";
}

/// Fill `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for s in UiText::ALL {
            for lang in Lang::ALL {
                assert!(!s.get(lang).trim().is_empty(), "{s:?} has no {lang:?} text");
            }
            assert_ne!(s.get(Lang::Zh), s.get(Lang::En), "{s:?} is not translated");
        }
    }

    #[test]
    fn chinese_strings_are_chinese_and_english_are_not() {
        let has_han = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for s in UiText::ALL {
            // The language switch names the other language in its own script.
            if *s == UiText::SwitchLanguage {
                continue;
            }
            assert!(has_han(s.get(Lang::Zh)), "{s:?} zh");
            assert!(!has_han(s.get(Lang::En)), "{s:?} en");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let holes = |t: &str| {
            let mut v: Vec<String> = t
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
                .collect();
            v.sort();
            v
        };
        for s in UiText::ALL {
            assert_eq!(holes(s.get(Lang::Zh)), holes(s.get(Lang::En)), "{s:?}");
        }
    }

    #[test]
    fn chinese_templates_put_no_spaces_around_inserted_terms() {
        for s in UiText::ALL {
            let zh = s.get(Lang::Zh);
            for term in [
                "level", "have", "need", "low", "high", "dim", "dims", "title",
            ] {
                let hole = format!("{{{term}}}");
                assert!(
                    !zh.contains(&format!(" {hole}")) && !zh.contains(&format!("{hole} ")),
                    "{s:?}: {zh}"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    }
}
