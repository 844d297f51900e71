/**
 * The English the charts draw for the data's own Chinese words: place names, districts, kinds of
 * problem, events. The data keeps one language (its schemas are the article's); the charts' English
 * edition looks each text up here, keyed by the text exactly as the data writes it, so a changed or
 * new text shows up as missing rather than as a stale translation. The translations are ours
 * (the English credits say so). A text without an entry stays Chinese, and the chart copy test
 * (test/unit/charts/chart-copy.test.ts) fails naming it: add the English here.
 */
import type { Lang } from '../text/lang.ts';

const ENGLISH: Readonly<Record<string, string>> = {
  // enclosures: sites
  铁北二路与北七条交会处: 'Tiebei 2nd Road at Bei 7th Tiao',
  南湖新村中街附近闲置地: 'Idle plot near Nanhu Xincun Middle Street',
  新民大街历史文化街区: 'Xinmin Avenue historic district',
  // old-compounds: kinds of problem the article names
  路面破损: 'damaged road surfaces',
  绿化修复: 'greenery repairs',
  外立面修复: 'facade repairs',
  单元门更换: 'replacing entrance doors',
  // back-streets: sites and districts
  轨道交通3号线世纪广场站轻轨桥下: 'Under the Line 3 light-rail bridge at Century Square station',
  经开区: 'Economic and Technological Development Zone',
  凯利五金城西侧民乐小区周边背街小巷: 'Back streets around Minle compound, west of Kaili Hardware City',
  二道区: 'Erdao District',
  // timeline: events
  行动启动: 'Launch',
  '长春正式启动领导干部“走遍长春·情暖春城”行动。': `Changchun formally launched its officials' campaign "Walk all of Changchun, warm the Spring City".`,
  围挡数据截止: 'Hoarding figures end',
  '文章中围挡整治数据的截止日。': "The day the article's hoarding figures run to.",
};

/** The data's text `text` in `lang`: itself in Chinese, its English from the table otherwise (itself when missing). */
export function dataText(text: string, lang: Lang): string {
  return lang === 'en' ? (ENGLISH[text] ?? text) : text;
}
