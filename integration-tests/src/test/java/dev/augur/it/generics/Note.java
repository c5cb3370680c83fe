package dev.augur.it.generics;

import dev.augur.annotations.Table;
import java.util.UUID;

/** {@code Keyed<UUID, String>}: id uuid, payload text, history list<text>, related map<uuid, text>. */
@Table
public class Note extends Keyed<UUID, String> {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS note (id uuid PRIMARY KEY, payload text, history list<text>,"
          + " version bigint, related map<uuid, text>, author text)";

  private String author;

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }
}
