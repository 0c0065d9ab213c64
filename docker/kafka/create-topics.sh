#!/bin/sh
# Creates the event topics before any service starts: 6 partitions (the unit of consumer scale-out) and unlimited
# retention, because the topics are the read side's replay log. Safe to run again.
set -e
for topic in course-events enrollment-events; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists \
    --topic "$topic" --partitions 6 --replication-factor 1 --config retention.ms=-1
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --describe --topic course-events,enrollment-events
