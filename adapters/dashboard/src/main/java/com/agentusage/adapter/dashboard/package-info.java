/**
 * The usage dashboard: a driving adapter beside the REST API, calling the same use cases through port.in.
 * <p>
 * The page at {@code /} is static (index.html, dashboard.js and dashboard.css under
 * {@code META-INF/resources}), its chart drawn by uPlot from a webjar; nothing comes from elsewhere. The page
 * signs in with an access token that it keeps in the tab's sessionStorage and sends as the Access-Token
 * header. Its data comes from this package's own JSON endpoints under {@code /dashboard/api}, which call
 * {@code ListViewableAgents} and {@code GetAgentUsage} and shape their answers for the page: the six cards,
 * each with its change against the previous interval, and the nine buckets. See docs/adr/0023.
 */
package com.agentusage.adapter.dashboard;
