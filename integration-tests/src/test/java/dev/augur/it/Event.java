package dev.augur.it;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A mutable class, read through its no-argument constructor and setters. */
@Table
public class Event {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS event (stream text, seq int, payload text,"
          + " PRIMARY KEY (stream, seq))";

  @PartitionKey private String stream;
  @ClusteringColumn private int seq;
  private String payload;

  public Event() {}

  public String getStream() {
    return stream;
  }

  public void setStream(String stream) {
    this.stream = stream;
  }

  public int getSeq() {
    return seq;
  }

  public void setSeq(int seq) {
    this.seq = seq;
  }

  public String getPayload() {
    return payload;
  }

  public void setPayload(String payload) {
    this.payload = payload;
  }
}
