// A plain SurveyJS page asking the built-in bank's questions, for the benchmark's side-by-side figures
// (scripts/bench.sh): survey-core and survey-js-ui from node_modules (dev dependencies, never in dist/), one
// page per dimension, one single-choice question per indicator with the five level descriptions, the
// interface in Chinese as the widget's default. Not shipped and not a test.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = {
  'survey.core.min.js': 'node_modules/survey-core/survey.core.min.js',
  'survey-js-ui.min.js': 'node_modules/survey-js-ui/survey-js-ui.min.js',
  'survey-core.min.css': 'node_modules/survey-core/survey-core.min.css',
};

/** The bank as a SurveyJS survey definition, in Chinese. */
function definition(bank) {
  return {
    title: bank.title.zh,
    description: bank.disclaimer.zh,
    locale: 'zh-cn',
    showQuestionNumbers: 'off',
    pageNextText: '下一步',
    pagePrevText: '上一步',
    completeText: '完成',
    pages: bank.dimensions.map((d) => ({
      name: d.id,
      title: `${d.id} ${d.title.zh}`,
      elements: d.indicators.map((i) => ({
        type: 'radiogroup',
        name: i.id,
        title: `${i.id} ${i.title.zh}`,
        description: i.intent.zh,
        choices: i.levels.map((text, k) => ({ value: k + 1, text: `${bank.levels[k].name.zh}：${text.zh}` })),
        showNoneItem: true,
        noneText: '不适用',
        commentText: '备注',
        showCommentArea: true,
      })),
    })),
  };
}

/** Writes the SurveyJS page into `dir` (index.html and the library files); returns the file names. */
export async function buildSurveyPage(dir) {
  await mkdir(dir, { recursive: true });
  for (const [name, from] of Object.entries(FILES)) await copyFile(join(ROOT, from), join(dir, name));
  const bank = JSON.parse(await readFile(join(ROOT, 'src/banks/default.json'), 'utf8'));
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${bank.title.zh} · SurveyJS</title>
  <link rel="stylesheet" href="survey-core.min.css">
  <script src="survey.core.min.js" defer></script>
  <script src="survey-js-ui.min.js" defer></script>
</head>
<body>
  <div id="survey"></div>
  <script type="application/json" id="definition">${JSON.stringify(definition(bank)).replace(/</g, '\\u003c')}</script>
  <script>
    addEventListener('DOMContentLoaded', function () {
      var model = new Survey.Model(JSON.parse(document.getElementById('definition').textContent));
      SurveyUI.renderSurvey(model, document.getElementById('survey'));
    });
  </script>
</body>
</html>
`;
  await writeFile(join(dir, 'index.html'), html);
  return ['index.html', ...Object.keys(FILES)];
}
