package dev.augur.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the mapper of a {@code @Table} type: its column list and a {@code read} method that
 * builds an entity from a row through column positions resolved once per statement.
 */
public final class EntityMapperGenerator {
  private final boolean generatedAvailable;

  public EntityMapperGenerator(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  // public final class User_Mapper extends EntityMapper<User> {
  //   public static final User_Mapper INSTANCE = new User_Mapper();
  //   private User_Mapper() { super("User", "", "users", List.of(column(...), ...)); }
  //   @Override protected User read(Row row, ResultColumns columns) { ... }
  // }
  public JavaFile generate(TableModel table) {
    ClassName mapper = GeneratedNames.entityMapper(table.entity());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(mapper)
            .addOriginatingElement(table.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.ENTITY_MAPPER, table.entity()));
    GeneratedHeader.apply(
        type,
        generatedAvailable,
        "Reads rows of table {@code "
            + table.table()
            + "} into {@link "
            + table.entity().simpleName()
            + "}.");
    type.addField(
        FieldSpec.builder(mapper, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The only instance; it holds no state.\n")
            .initializer("new $T()", mapper)
            .build());
    type.addMethod(constructor(table));
    type.addMethod(read(table));
    return JavaFile.builder(mapper.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  // private User_Mapper() {
  //   super("User", "", "users", List.of(
  //       column("id", "id", GenericType.UUID),
  //       column("name", "name", GenericType.STRING)));
  // }
  private static MethodSpec constructor(TableModel table) {
    CodeBlock.Builder columns = CodeBlock.builder();
    List<ColumnModel> list = table.columns();
    for (int i = 0; i < list.size(); i++) {
      ColumnModel column = list.get(i);
      columns.add(
          "\ncolumn($S, $S, $L)$L",
          column.cqlName(),
          column.property(),
          column.type().genericType(),
          i + 1 < list.size() ? "," : "");
    }
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement(
            "super($S, $S, $S, $T.of($L))",
            table.entity().simpleName(),
            table.keyspace(),
            table.table(),
            List.class,
            columns.build())
        .build();
  }

  // @Override
  // protected User read(Row row, ResultColumns columns) {
  //   return new User(columns.<UUID>get(row, 0), columns.getInt(row, 1));
  // }
  // or, for a class with setters:
  //   User entity = new User();
  //   entity.setId(columns.<UUID>get(row, 0));
  //   return entity;
  private static MethodSpec read(TableModel table) {
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(table.entity())
            .addParameter(RuntimeTypes.ROW, "row")
            .addParameter(RuntimeTypes.RESULT_COLUMNS, "columns");
    List<ColumnModel> columns = table.columns();
    switch (table.construction()) {
      case RECORD_CONSTRUCTOR, ALL_COLUMNS_CONSTRUCTOR -> {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < columns.size(); i++) {
          arguments.add(i == 0 ? "\n$L" : ",\n$L", getter(columns.get(i), i));
        }
        read.addStatement("return new $T($L)", table.entity(), arguments.build());
      }
      case SETTERS -> {
        read.addStatement("$T entity = new $T()", table.entity(), table.entity());
        for (int i = 0; i < columns.size(); i++) {
          read.addStatement("entity.$L($L)", columns.get(i).setter(), getter(columns.get(i), i));
        }
        read.addStatement("return entity");
      }
    }
    return read.build();
  }

  private static CodeBlock getter(ColumnModel column, int position) {
    if (column.type().primitive() != null) {
      return CodeBlock.of(
          "columns.get$L(row, $L)", column.type().primitive().accessorSuffix(), position);
    }
    return CodeBlock.of("columns.<$T>get(row, $L)", column.type().typeName(), position);
  }
}
