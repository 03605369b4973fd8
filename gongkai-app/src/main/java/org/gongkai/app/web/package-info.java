/**
 * The web application: Chinese pages rendered on the server (precompiled JTE templates, ECharts for
 * charts, no front-end build step) and the REST API under {@code /api/v1}, both over one {@link
 * org.gongkai.store.Store}. {@link org.gongkai.app.web.WebServer} is the only public type.
 */
package org.gongkai.app.web;
