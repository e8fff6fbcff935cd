"""An agent's usage, this period against the one before, with requests.

    python3 usage.py AGENT_ID [FROM_DATE TO_DATE]

AGENT_USAGE_TOKEN is your access token; AGENT_USAGE_URL is the service (http://localhost:8080 if unset).
Dates are dd/mm/yyyy; without them the service reports the three days before today and today (UTC).
"""
import os
import sys

import requests

FIELDS = [("sessions", "session_count"), ("messages", "messages_count"), ("success rate", "success_rate"),
          ("unhandled", "unhandled_messages_count"), ("ambiguous", "ambiguous_messages_count"),
          ("interventions", "interventions_count")]


def shown(stats, key):
    value = stats[key]
    if key != "success_rate":
        return str(value)
    return "-" if value is None else f"{value:.2f}%"  # null when there were no messages


if len(sys.argv) not in (2, 4) or "AGENT_USAGE_TOKEN" not in os.environ:
    sys.exit(__doc__)
base_url = os.environ.get("AGENT_USAGE_URL", "http://localhost:8080")
period = dict(from_date=sys.argv[2], to_date=sys.argv[3]) if len(sys.argv) == 4 else {}

response = requests.get(f"{base_url}/bots/analytics/{sys.argv[1]}/usage.json", params=period,
                        headers={"Access-Token": os.environ["AGENT_USAGE_TOKEN"]}, timeout=30)
if response.status_code != 200:
    sys.exit(f"{response.status_code}: {response.json()['error']}")
report = response.json()
for label, key in FIELDS:
    print(f"{label}: {shown(report['aggregate_stats'], key)} "
          f"(previous period: {shown(report['previous_interval_stats'], key)})")
