import { computed, ref, watchEffect } from 'vue';
import enumLabels from 'virtual:enum-labels';
import { governanceEn, governanceZh } from './i18n-governance';

export type Locale = 'zh-CN' | 'en';

const STORAGE_KEY = 'gongjian.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    /* storage unavailable */
  }
  return 'zh-CN'; // Chinese by default, whatever the browser says: the office's software is in Chinese.
}

export const locale = ref<Locale>(initialLocale());

watchEffect(() => {
  document.documentElement.lang = locale.value;
  try {
    localStorage.setItem(STORAGE_KEY, locale.value);
  } catch {
    /* ignore */
  }
});

export function setLocale(l: Locale) {
  locale.value = l;
}

const zh = {
  appName: '共建',
  appSubtitle: '大工委共建工作台',
  skipToContent: '跳到主要内容',
  language: '语言',
  switchLanguage: 'English',
  switchLanguageLabel: '切换为英文 Switch to English',
  // login
  loginTitle: '登录',
  loginIntro: '社区书记、单位联络员请用平台账号登录。',
  email: '邮箱',
  password: '密码',
  login: '登录',
  loggingIn: '正在登录…',
  logout: '退出登录',
  badLogin: '邮箱或密码不正确，请重新输入。',
  // nav
  mainNav: '主导航',
  overview: '概览',
  projects: '项目清单',
  needs: '需求清单',
  resources: '资源清单',
  organizations: '成员单位',
  bigScreen: '大屏模式',
  exitBigScreen: '退出大屏',
  chooseAlliance: '选择大工委',
  noAlliance: '您的账号还没有加入任何大工委。',
  signedInAs: '当前用户',
  // connection
  online: '实时连接正常',
  reconnecting: '正在重新连接…',
  connecting: '正在连接…',
  // overview
  cardOrganizations: '成员单位',
  cardOpenNeeds: '待认领需求',
  cardOpenConcerns: '待答复监督意见',
  cardActiveProjects: '在办项目',
  cardActivePledges: '有效认领',
  cardFulfilmentRate: '兑现率',
  chartByKind: '各类资源认领与兑现（占所需比例）',
  chartByStatus: '项目状态分布',
  chartTop: '贡献单位排行（认领次数）',
  pledgedShare: '已认领',
  fulfilledShare: '已兑现',
  required: '所需',
  pledges: '认领次数',
  feed: '实时动态',
  feedEmpty: '暂无动态',
  noData: '暂无数据',
  byKindDescription: '{kind}：所需 {required}，已认领 {pledged}（{pp}），已兑现 {fulfilled}（{fp}）',
  byStatusDescription: '{status} {count} 个',
  topDescription: '{name}：认领 {pledges} 次，已兑现 {fulfilled}',
  // projects
  projectBoard: '项目看板',
  progress: '进度',
  leadOrganization: '牵头单位',
  requirements: '所需资源',
  pledgedOf: '已认领 {pledged} / {quantity} {unit}',
  fulfilledOf: '已兑现 {fulfilled} / {quantity} {unit}',
  outstanding: '尚缺 {n} {unit}',
  pledge: '认领',
  pledgeTo: '认领：{project} · {kind}',
  noProjects: '暂无项目',
  moveTo: '改为“{status}”',
  projectActions: '项目操作',
  pledgeList: '认领记录',
  noPledges: '暂无认领',
  confirm: '确认',
  reject: '不采纳',
  fulfil: '登记兑现',
  withdraw: '撤回',
  delivered: '实际交付 {n}',
  // pledge form
  pledgeFormTitle: '认领资源',
  requirementInfo: '项目「{project}」需要{kind} {quantity} {unit}，尚缺 {outstanding} {unit}。',
  resource: '资源',
  chooseResource: '请选择本单位的资源',
  availableOption: '{name}（可认领 {available} {unit}）',
  noMatchingResource: '本单位资源清单中没有“{kind}”类资源，暂不能认领此项。',
  quantity: '数量',
  availableHint: '该资源目前可认领 {available} {unit}。',
  note: '备注（可选）',
  submitPledge: '提交认领',
  cancel: '取消',
  close: '关闭',
  saving: '正在提交…',
  pledgeDone: '已认领 {quantity} {unit}。',
  reason: '原因',
  rejectTitle: '不采纳这条认领',
  withdrawTitle: '撤回这条认领',
  fulfilTitle: '登记兑现',
  deliveredQuantity: '实际交付数量',
  deliveredHint: '认领数量为 {n} {unit}，实际交付不超过该数量。',
  actionDone: '已保存。',
  // needs
  category: '类别',
  priority: '优先级',
  status: '状态',
  title: '标题',
  description: '说明',
  all: '全部',
  filterByStatus: '按状态筛选',
  filterByKind: '按类型筛选',
  noNeeds: '暂无需求',
  createdAt: '登记时间',
  // resources
  name: '名称',
  organization: '所属单位',
  kind: '类型',
  capacity: '总量',
  pledged: '已认领',
  available: '可认领',
  unit: '单位',
  noResources: '暂无资源',
  // organizations
  sector: '单位性质',
  partyOrg: '党组织',
  joinedAt: '加入时间',
  resourceCount: '资源',
  pledgeCount: '认领',
  orgResources: '本单位资源',
  orgPledges: '本单位认领',
  project: '项目',
  notFound: '没有找到这个页面或对象。',
  loading: '正在加载…',
  backToList: '返回成员单位列表',
  retry: '重试',
  // errors
  errCapacity: '该资源可认领的数量不足：目前只剩 {available}{unit}，您填写的是 {requested}{unit}。',
  errCapacityPlain: '该资源可认领的数量不足，请减少数量后再试。',
  errTransition: '当前状态下不能进行这项操作（可能已被他人更改），页面已刷新，请查看后再试。',
  errForbidden: '您没有权限进行这项操作。',
  errNotFound: '要操作的对象不存在或已被删除。',
  errConflict: '这条记录已存在或与他人的修改冲突，请刷新后再试。',
  errInput: '“{field}”填写不正确，请检查后再试。',
  errInputPlain: '填写的内容不正确，请检查后再试。',
  errUnauthenticated: '登录已过期，请重新登录。',
  errTooMany: '操作太频繁，请稍后再试。',
  errNetwork: '无法连接服务器，请检查网络后重试。',
  errUnknown: '操作没有成功，请稍后再试。',
  errQuantityPositive: '数量须为大于 0 的整数。',
  errChooseResource: '请先选择一项资源。',
  errReasonRequired: '请填写原因。',
  // field names used in errors
  field_quantity: '数量',
  field_resourceId: '资源',
  field_requirementId: '所需资源',
  field_reason: '原因',
  field_deliveredQuantity: '实际交付数量',
  field_note: '备注',
  field_email: '邮箱',
  field_password: '密码',
  lastUpdated: '更新于 {time}',
  percentOfRequired: '占所需 %',
  colon: '：',
  withUnit: '{label}（{unit}）',
  ...governanceZh,
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Gongjian',
  appSubtitle: 'Joint-work dashboard',
  skipToContent: 'Skip to main content',
  language: 'Language',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese 切换为中文',
  loginTitle: 'Log in',
  loginIntro: 'Community secretaries and unit representatives log in with their platform account.',
  email: 'Email',
  password: 'Password',
  login: 'Log in',
  loggingIn: 'Logging in…',
  logout: 'Log out',
  badLogin: 'The email or password is not correct. Please try again.',
  mainNav: 'Main navigation',
  overview: 'Overview',
  projects: 'Projects',
  needs: 'Needs list',
  resources: 'Resource list',
  organizations: 'Member units',
  bigScreen: 'Big screen',
  exitBigScreen: 'Leave big screen',
  chooseAlliance: 'Choose an alliance',
  noAlliance: 'Your account does not belong to any alliance yet.',
  signedInAs: 'Signed in as',
  online: 'Live: connected',
  reconnecting: 'Reconnecting…',
  connecting: 'Connecting…',
  cardOrganizations: 'Member units',
  cardOpenNeeds: 'Open needs',
  cardOpenConcerns: 'Open concerns',
  cardActiveProjects: 'Active projects',
  cardActivePledges: 'Active pledges',
  cardFulfilmentRate: 'Fulfilment rate',
  chartByKind: 'Pledged and fulfilled by resource kind (share of required)',
  chartByStatus: 'Projects by status',
  chartTop: 'Top contributing units (pledges)',
  pledgedShare: 'Pledged',
  fulfilledShare: 'Fulfilled',
  required: 'Required',
  pledges: 'Pledges',
  feed: 'Live activity',
  feedEmpty: 'No activity yet',
  noData: 'No data yet',
  byKindDescription: '{kind}: required {required}, pledged {pledged} ({pp}), fulfilled {fulfilled} ({fp})',
  byStatusDescription: '{status}: {count}',
  topDescription: '{name}: {pledges} pledges, {fulfilled} delivered',
  projectBoard: 'Project board',
  progress: 'Progress',
  leadOrganization: 'Lead unit',
  requirements: 'Requirements',
  pledgedOf: 'Pledged {pledged} of {quantity} {unit}',
  fulfilledOf: 'Fulfilled {fulfilled} of {quantity} {unit}',
  outstanding: '{n} {unit} still needed',
  pledge: 'Pledge',
  pledgeTo: 'Pledge to {project} · {kind}',
  noProjects: 'No projects',
  moveTo: 'Move to “{status}”',
  projectActions: 'Project actions',
  pledgeList: 'Pledges',
  noPledges: 'No pledges yet',
  confirm: 'Confirm',
  reject: 'Reject',
  fulfil: 'Record delivery',
  withdraw: 'Withdraw',
  delivered: 'Delivered {n}',
  pledgeFormTitle: 'Pledge a resource',
  requirementInfo: '“{project}” needs {quantity} {unit} of {kind}; {outstanding} {unit} still to be pledged.',
  resource: 'Resource',
  chooseResource: 'Choose one of your unit’s resources',
  availableOption: '{name} ({available} {unit} available)',
  noMatchingResource: 'Your unit has no “{kind}” resource on its list, so it cannot pledge to this requirement.',
  quantity: 'Quantity',
  availableHint: '{available} {unit} of this resource are available.',
  note: 'Note (optional)',
  submitPledge: 'Pledge',
  cancel: 'Cancel',
  close: 'Close',
  saving: 'Saving…',
  pledgeDone: 'Pledged {quantity} {unit}.',
  reason: 'Reason',
  rejectTitle: 'Reject this pledge',
  withdrawTitle: 'Withdraw this pledge',
  fulfilTitle: 'Record delivery',
  deliveredQuantity: 'Delivered quantity',
  deliveredHint: '{n} {unit} were pledged; the delivery cannot exceed that.',
  actionDone: 'Saved.',
  category: 'Category',
  priority: 'Priority',
  status: 'Status',
  title: 'Title',
  description: 'Description',
  all: 'All',
  filterByStatus: 'Filter by status',
  filterByKind: 'Filter by kind',
  noNeeds: 'No needs',
  createdAt: 'Recorded',
  name: 'Name',
  organization: 'Unit',
  kind: 'Kind',
  capacity: 'Capacity',
  pledged: 'Pledged',
  available: 'Available',
  unit: 'Unit',
  noResources: 'No resources',
  sector: 'Sector',
  partyOrg: 'Party organisation',
  joinedAt: 'Joined',
  resourceCount: 'Resources',
  pledgeCount: 'Pledges',
  orgResources: 'Resources of this unit',
  orgPledges: 'Pledges of this unit',
  project: 'Project',
  notFound: 'This page or item was not found.',
  loading: 'Loading…',
  backToList: 'Back to member units',
  retry: 'Retry',
  errCapacity: 'Not enough of this resource is left: only {available} {unit} are available, and you asked for {requested} {unit}.',
  errCapacityPlain: 'Not enough of this resource is left. Please ask for less.',
  errTransition: 'This cannot be done in the current state (someone may have changed it). The page has been refreshed; please check and try again.',
  errForbidden: 'You are not allowed to do this.',
  errNotFound: 'The item no longer exists.',
  errConflict: 'This already exists or conflicts with someone else’s change. Please refresh and try again.',
  errInput: 'The “{field}” value is not valid. Please check it and try again.',
  errInputPlain: 'Something you entered is not valid. Please check and try again.',
  errUnauthenticated: 'Your session has expired. Please log in again.',
  errTooMany: 'Too many attempts. Please wait a moment and try again.',
  errNetwork: 'The server cannot be reached. Please check the connection and try again.',
  errUnknown: 'That did not work. Please try again later.',
  errQuantityPositive: 'The quantity must be a whole number above 0.',
  errChooseResource: 'Please choose a resource first.',
  errReasonRequired: 'Please give a reason.',
  field_quantity: 'quantity',
  field_resourceId: 'resource',
  field_requirementId: 'requirement',
  field_reason: 'reason',
  field_deliveredQuantity: 'delivered quantity',
  field_note: 'note',
  field_email: 'email',
  field_password: 'password',
  lastUpdated: 'Updated {time}',
  percentOfRequired: '% of required',
  colon: ': ',
  withUnit: '{label} ({unit})',
  ...governanceEn,
};

const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[locale.value][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function hasMessage(key: string): key is MessageKey {
  return key in zh;
}

/** The label of an enum value in the current language, from the schema's descriptions. */
export function enumLabel(enumName: string, value: string): string {
  const entry = enumLabels[enumName]?.[value];
  if (!entry) return value;
  return locale.value === 'en' ? entry.en : entry.zh;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale.value).format(n);
}

export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(locale.value, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return new Intl.DateTimeFormat(locale.value, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A calendar date (YYYY-MM-DD) as written, without moving it across time zones. */
export function formatDay(ymd: string): string {
  return new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
}

/** Date and time with the year, for meetings. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date(iso));
}

export const isEnglish = computed(() => locale.value === 'en');
