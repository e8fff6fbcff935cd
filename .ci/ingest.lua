-- wrk script for .ci/load: every request posts 100 new events with ids no other request uses.
local threads = 0
function setup(thread)
    thread:set("thread_id", threads)
    threads = threads + 1
end

local sent = 0
function request()
    sent = sent + 1
    local now = os.time()
    local events = {}
    for i = 1, 100 do
        events[i] = string.format(
            '{"id":"load-%d-%d-%d-%d","type":"message","session_id":"load-s%d","timestamp":%d,"outcome":"%s"}',
            now, thread_id, sent, i, i % 40, now - i, i % 20 == 0 and "unhandled" or "successful")
    end
    return wrk.format("POST", nil, nil, '{"events":[' .. table.concat(events, ",") .. ']}')
end
