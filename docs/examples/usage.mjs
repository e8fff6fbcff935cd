// An agent's usage, this period against the one before, with fetch (Node 20 or newer).
//
//     node usage.mjs AGENT_ID [FROM_DATE TO_DATE]
//
// AGENT_USAGE_TOKEN is your access token; AGENT_USAGE_URL is the service (http://localhost:8080 if unset).
// Dates are dd/mm/yyyy; without them the service reports the three days before today and today (UTC).

const FIELDS = [["sessions", "session_count"], ["messages", "messages_count"], ["success rate", "success_rate"],
  ["unhandled", "unhandled_messages_count"], ["ambiguous", "ambiguous_messages_count"],
  ["interventions", "interventions_count"]];

function shown(stats, key) {
  const value = stats[key];
  if (key !== "success_rate") {
    return String(value);
  }
  return value === null ? "-" : `${value.toFixed(2)}%`; // null when there were no messages
}

const [agentId, fromDate, toDate] = process.argv.slice(2);
const token = process.env.AGENT_USAGE_TOKEN;
if (!token || !agentId || process.argv.length === 4 || process.argv.length > 5) {
  console.error("usage: AGENT_USAGE_TOKEN=... node usage.mjs AGENT_ID [FROM_DATE TO_DATE]");
  process.exit(1);
}
const url = new URL(`/bots/analytics/${agentId}/usage.json`, process.env.AGENT_USAGE_URL ?? "http://localhost:8080");
if (fromDate) {
  url.searchParams.set("from_date", fromDate);
  url.searchParams.set("to_date", toDate);
}

const response = await fetch(url, { headers: { "Access-Token": token } });
const report = await response.json();
if (!response.ok) {
  console.error(`${response.status}: ${report.error}`);
  process.exit(1);
}
for (const [label, key] of FIELDS) {
  console.log(`${label}: ${shown(report.aggregate_stats, key)} `
    + `(previous period: ${shown(report.previous_interval_stats, key)})`);
}
