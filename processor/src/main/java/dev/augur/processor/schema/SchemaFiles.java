package dev.augur.processor.schema;

import dev.augur.processor.validation.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processor options that add CQL schema files to the catalog: {@value #OPTION} names the files
 * (separated by commas or the platform's path separator; relative paths resolve against the
 * compiler's working directory, so prefer {@code ${project.basedir}/...}), and {@value
 * #COMPLETE_OPTION}{@code =true} declares that the entities and files are the whole schema, which
 * turns statements on unknown tables and keyspaces into errors.
 */
public final class SchemaFiles {
  public static final String OPTION = "augur.schema";
  public static final String COMPLETE_OPTION = "augur.schema.complete";

  private SchemaFiles() {}

  /** The options the processor reads for the schema. */
  public static Set<String> options() {
    return Set.of(OPTION, COMPLETE_OPTION);
  }

  /** Reads the files of {@code options} into {@code catalog}; returns one message per problem. */
  public static List<String> load(Map<String, String> options, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    catalog.setComplete(Boolean.parseBoolean(options.getOrDefault(COMPLETE_OPTION, "false")));
    String files = options.get(OPTION);
    if (files == null || files.isBlank()) {
      return problems;
    }
    for (String file : files.split("[,;" + java.io.File.pathSeparator + "]")) {
      if (file.isBlank()) {
        continue;
      }
      Path path = Path.of(file.strip());
      try {
        SchemaFileReader.read(catalog, path.toString(), Files.readString(path));
      } catch (IOException e) {
        problems.add(
            Message.SCHEMA_FILE.format(path, e.getClass().getSimpleName() + ": " + e.getMessage()));
      } catch (SchemaFileReader.SchemaFileException e) {
        problems.add(Message.SCHEMA_FILE.format(path, e.getMessage()));
      }
    }
    return problems;
  }
}
