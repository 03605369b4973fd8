// Page behaviour without a build step: cell details on the report page, uploads, charts.
(function () {
  'use strict';

  // ----- report page: click a cell to see where it was read and the findings on it
  var panel = document.getElementById('cell-panel');
  if (panel) {
    var show = function (td) {
      document.querySelectorAll('td.value.selected').forEach(function (x) { x.classList.remove('selected'); });
      document.querySelectorAll('li.highlight').forEach(function (x) { x.classList.remove('highlight'); });
      td.classList.add('selected');
      panel.hidden = false;
      document.getElementById('cell-name').textContent = td.dataset.name;
      document.getElementById('cell-id').textContent = td.dataset.cell;
      document.getElementById('cell-value').textContent = td.textContent.trim() || '（空白）';
      document.getElementById('cell-raw').textContent = td.dataset.raw || '—';
      document.getElementById('cell-where').textContent = td.dataset.where || '（报告中没有这一格）';
      document.getElementById('cell-source').textContent = td.dataset.source || '';
      var box = document.getElementById('cell-findings');
      box.textContent = '';
      (td.dataset.findings || '').split(' ').filter(Boolean).forEach(function (n) {
        var li = document.getElementById('finding-' + n);
        if (!li) return;
        li.classList.add('highlight');
        var p = document.createElement('p');
        p.className = 'cell-finding ' + li.className.split(' ')[0];
        p.textContent = '问题 ' + n + '：' + li.querySelector('.msg').textContent;
        box.appendChild(p);
      });
    };
    document.querySelectorAll('td.value').forEach(function (td) {
      td.addEventListener('click', function () { show(td); });
      td.addEventListener('keydown', function (e) { if (e.key === 'Enter') show(td); });
    });
  }

  // ----- import page: one request per file, with its own progress bar and answer
  var drop = document.getElementById('drop');
  if (drop) {
    var body = document.querySelector('#uploads tbody');
    var token = document.getElementById('token');
    var upload = function (file) {
      var tr = document.createElement('tr');
      var cells = ['', '', '', ''].map(function () { var td = document.createElement('td'); tr.appendChild(td); return td; });
      cells[0].textContent = file.name;
      var bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      cells[1].appendChild(bar);
      cells[2].textContent = '上传中';
      body.appendChild(tr);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/v1/upload?name=' + encodeURIComponent(file.name));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      if (token && token.value) xhr.setRequestHeader('X-Gongkai-Token', token.value);
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
      xhr.upload.onload = function () { bar.value = 100; cells[2].textContent = '读取中'; };
      xhr.onload = function () {
        var a;
        try { a = JSON.parse(xhr.responseText); } catch (e) { a = { error: xhr.responseText }; }
        if (xhr.status >= 200 && xhr.status < 300 && a.report_id !== undefined) {
          cells[2].textContent = a.status || a.kind;
          cells[2].className = 'status-' + (a.status || a.kind);
          if (a.report_id !== null) {
            var link = document.createElement('a');
            link.href = '/reports/' + a.report_id;
            link.textContent = '查看报告 #' + a.report_id;
            cells[3].appendChild(link);
          }
          if (a.reason) cells[3].appendChild(document.createTextNode(' ' + a.reason));
          if (a.kind === 'unchanged') cells[3].appendChild(document.createTextNode('（此前已导入）'));
        } else {
          cells[2].textContent = '失败 ' + xhr.status;
          cells[2].className = 'status-failed';
          cells[3].textContent = a.error || a.reason || '';
        }
        tr.className = 'done';
      };
      xhr.onerror = function () { cells[2].textContent = '失败'; cells[2].className = 'status-failed'; cells[3].textContent = '网络中断'; tr.className = 'done'; };
      xhr.send(file);
    };
    var files = function (list) { for (var i = 0; i < list.length; i++) upload(list[i]); };
    drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) { e.preventDefault(); drop.classList.remove('over'); files(e.dataTransfer.files); });
    document.getElementById('files').addEventListener('change', function (e) { files(e.target.files); e.target.value = ''; });
  }

  // ----- charts (ECharts is only loaded on pages that have them)
  if (typeof echarts === 'undefined') return;
  var regions = document.getElementById('chart-regions');
  if (regions) {
    var d = JSON.parse(regions.dataset.chart);
    echarts.init(regions).setOption({
      title: { text: '有错误的报告占比（%）', textStyle: { fontSize: 13 } }, tooltip: {},
      xAxis: { type: 'category', data: d.regions, axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', max: 100 }, series: [{ type: 'bar', data: d.share }]
    });
  }
  var organ = document.getElementById('organ-charts');
  if (organ) {
    var o = JSON.parse(organ.dataset.chart);
    echarts.init(document.getElementById('chart-applications')).setOption({
      title: { text: '本年新收申请数', textStyle: { fontSize: 13 } }, tooltip: {},
      xAxis: { type: 'category', data: o.years }, yAxis: { type: 'value' },
      series: [{ type: 'bar', data: o.applications, label: { show: true, position: 'top' } }]
    });
    var names = Object.keys(o.outcomes);
    echarts.init(document.getElementById('chart-outcomes')).setOption({
      title: { text: '办理结果构成', textStyle: { fontSize: 13 } }, tooltip: { trigger: 'axis' },
      legend: { top: 28, data: names }, grid: { top: 90 },
      xAxis: { type: 'category', data: o.years }, yAxis: { type: 'value' },
      series: names.map(function (n) { return { name: n, type: 'bar', stack: 'all', data: o.outcomes[n] }; })
    });
    echarts.init(document.getElementById('chart-correction')).setOption({
      title: { text: '纠错率（%）', textStyle: { fontSize: 13 } }, tooltip: { trigger: 'axis' },
      legend: { top: 28, data: ['行政复议', '行政诉讼'] }, grid: { top: 70 },
      xAxis: { type: 'category', data: o.years }, yAxis: { type: 'value', max: 100 },
      series: [{ name: '行政复议', type: 'line', data: o.review, connectNulls: false },
               { name: '行政诉讼', type: 'line', data: o.suits, connectNulls: false }]
    });
  }
})();
