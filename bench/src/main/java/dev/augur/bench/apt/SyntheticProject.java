package dev.augur.bench.apt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic project of {@code size} entities and {@code size} DAOs, in one of two flavours
 * with the same shape: for Augur ({@code @Table}, {@code @Dao}) or for the driver's mapper
 * ({@code @Entity}, {@code @Dao}, and the {@code @Mapper} with one factory method per DAO that the
 * driver mapper needs). Each entity is the benchmarks' ten-column item, an immutable class that
 * both map through its constructor; each DAO has the same five methods: insert, select by key,
 * select a partition, select all, delete by key.
 */
final class SyntheticProject {
  enum Flavour {
    AUGUR,
    MAPPER
  }

  private SyntheticProject() {}

  /** Writes the sources under {@code root} and returns them. */
  static List<Path> write(Path root, Flavour flavour, int size) {
    List<Path> files = new ArrayList<>();
    Path dir = root.resolve("gen");
    try {
      Files.createDirectories(dir);
      StringBuilder factories = new StringBuilder();
      for (int i = 0; i < size; i++) {
        String entity = String.format("E%03d", i);
        files.add(write(dir.resolve(entity + ".java"), entity(flavour, entity)));
        files.add(write(dir.resolve(entity + "Dao.java"), dao(flavour, entity)));
        factories.append(
            String.format("  @DaoFactory%n  %sDao %sDao();%n%n", entity, entity.toLowerCase()));
      }
      if (flavour == Flavour.MAPPER) {
        files.add(
            write(
                dir.resolve("GenMapper.java"),
                "package gen;\n\n"
                    + "import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;\n"
                    + "import com.datastax.oss.driver.api.mapper.annotations.Mapper;\n\n"
                    + "@Mapper\npublic interface GenMapper {\n"
                    + factories
                    + "}\n"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return file;
  }

  private static String entity(Flavour flavour, String name) {
    String imports;
    String annotations;
    if (flavour == Flavour.AUGUR) {
      imports =
          "import dev.augur.annotations.ClusteringColumn;\n"
              + "import dev.augur.annotations.PartitionKey;\n"
              + "import dev.augur.annotations.Table;\n";
      annotations = "@Table(\"" + name.toLowerCase() + "\")\n";
    } else {
      imports =
          "import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;\n"
              + "import com.datastax.oss.driver.api.mapper.annotations.CqlName;\n"
              + "import com.datastax.oss.driver.api.mapper.annotations.Entity;\n"
              + "import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;\n"
              + "import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;\n";
      annotations =
          "@Entity\n@CqlName(\"" + name.toLowerCase() + "\")\n@PropertyStrategy(mutable = false)\n";
    }
    return "package gen;\n\n"
        + imports
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.util.Set;\n"
        + "import java.util.UUID;\n\n"
        + annotations
        + "public final class "
        + name
        + " {\n"
        + "  @PartitionKey private final int pk;\n"
        + "  @ClusteringColumn private final int ck;\n"
        + "  private final String name;\n"
        + "  private final BigDecimal price;\n"
        + "  private final boolean active;\n"
        + "  private final Instant createdAt;\n"
        + "  private final Set<String> tags;\n"
        + "  private final double score;\n"
        + "  private final UUID ref;\n"
        + "  private final long quantity;\n\n"
        + "  public "
        + name
        + "(int pk, int ck, String name, BigDecimal price, boolean active, Instant createdAt,"
        + " Set<String> tags, double score, UUID ref, long quantity) {\n"
        + "    this.pk = pk;\n    this.ck = ck;\n    this.name = name;\n    this.price = price;\n"
        + "    this.active = active;\n    this.createdAt = createdAt;\n    this.tags = tags;\n"
        + "    this.score = score;\n    this.ref = ref;\n    this.quantity = quantity;\n  }\n\n"
        + "  public int getPk() { return pk; }\n"
        + "  public int getCk() { return ck; }\n"
        + "  public String getName() { return name; }\n"
        + "  public BigDecimal getPrice() { return price; }\n"
        + "  public boolean isActive() { return active; }\n"
        + "  public Instant getCreatedAt() { return createdAt; }\n"
        + "  public Set<String> getTags() { return tags; }\n"
        + "  public double getScore() { return score; }\n"
        + "  public UUID getRef() { return ref; }\n"
        + "  public long getQuantity() { return quantity; }\n"
        + "}\n";
  }

  private static String dao(Flavour flavour, String entity) {
    if (flavour == Flavour.AUGUR) {
      return "package gen;\n\n"
          + "import dev.augur.annotations.Dao;\n"
          + "import dev.augur.annotations.Delete;\n"
          + "import dev.augur.annotations.Insert;\n"
          + "import dev.augur.annotations.Select;\n"
          + "import java.util.List;\n"
          + "import java.util.concurrent.CompletionStage;\n"
          + "import java.util.concurrent.Flow;\n\n"
          + "@Dao\npublic interface "
          + entity
          + "Dao {\n"
          + "  @Insert\n  CompletionStage<Void> save("
          + entity
          + " entity);\n\n"
          + "  @Select\n  CompletionStage<"
          + entity
          + "> find(int pk, int ck);\n\n"
          + "  @Select\n  CompletionStage<List<"
          + entity
          + ">> partition(int pk);\n\n"
          + "  @Select\n  Flow.Publisher<"
          + entity
          + "> all();\n\n"
          + "  @Delete(entity = "
          + entity
          + ".class)\n  CompletionStage<Void> delete(int pk, int ck);\n"
          + "}\n";
    }
    return "package gen;\n\n"
        + "import com.datastax.oss.driver.api.core.MappedAsyncPagingIterable;\n"
        + "import com.datastax.oss.driver.api.mapper.annotations.Dao;\n"
        + "import com.datastax.oss.driver.api.mapper.annotations.Delete;\n"
        + "import com.datastax.oss.driver.api.mapper.annotations.Insert;\n"
        + "import com.datastax.oss.driver.api.mapper.annotations.Select;\n"
        + "import java.util.concurrent.CompletionStage;\n\n"
        + "@Dao\npublic interface "
        + entity
        + "Dao {\n"
        + "  @Insert\n  CompletionStage<Void> save("
        + entity
        + " entity);\n\n"
        + "  @Select\n  CompletionStage<"
        + entity
        + "> find(int pk, int ck);\n\n"
        + "  @Select\n  CompletionStage<MappedAsyncPagingIterable<"
        + entity
        + ">> partition(int pk);\n\n"
        + "  @Select\n  CompletionStage<MappedAsyncPagingIterable<"
        + entity
        + ">> all();\n\n"
        + "  @Delete(entityClass = "
        + entity
        + ".class)\n  CompletionStage<Void> delete(int pk, int ck);\n"
        + "}\n";
  }
}
