package dev.augur.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the mapper of a {@code @Table} type (an {@code EntityMapper}) or of a {@code @Udt} type
 * (a {@code UdtMapper}): the column list, a {@code read} method that builds an instance through
 * column positions resolved once, and a {@code write} method that binds one.
 */
public final class EntityMapperGenerator {
  private final boolean generatedAvailable;

  public EntityMapperGenerator(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  // public final class User_Mapper extends EntityMapper<User> {
  //   public static final User_Mapper INSTANCE = new User_Mapper();
  //   private User_Mapper() { super("User", "", "users", List.of(column(...), ...)); }
  //   @Override protected User read(GettableByIndex row, ResultColumns columns) { ... }
  //   @Override protected void write(User entity, SettableByIndex<?> target, BoundColumns columns)
  // { ... }
  // }
  public JavaFile generate(TableModel table) {
    return generate(table, false);
  }

  // public final class Address_UdtMapper extends UdtMapper<Address> {
  //   private Address_UdtMapper() { super(Address.class, "address", List.of(field(...), ...)); }
  //   @Override protected Address read(UdtValue row, ResultColumns columns) { ... }
  //   @Override protected void write(Address entity, UdtValue target, BoundColumns columns) { ... }
  // }
  public JavaFile generateUdt(TableModel udt) {
    return generate(udt, true);
  }

  private JavaFile generate(TableModel table, boolean udt) {
    ClassName mapper =
        udt
            ? GeneratedNames.udtMapper(table.entity())
            : GeneratedNames.entityMapper(table.entity());
    ClassName base = udt ? RuntimeTypes.UDT_MAPPER : RuntimeTypes.ENTITY_MAPPER;
    TypeSpec.Builder type =
        TypeSpec.classBuilder(mapper)
            .addOriginatingElement(table.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(base, table.entity()));
    GeneratedHeader.apply(
        type,
        generatedAvailable,
        udt
            ? "Converts {@link "
                + table.entity().simpleName()
                + "} to and from the user-defined"
                + " type {@code "
                + table.table()
                + "}."
            : "Reads rows of table {@code "
                + table.table()
                + "} into {@link "
                + table.entity().simpleName()
                + "}, and binds them to statements.");
    type.addField(
        FieldSpec.builder(mapper, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The only instance; it holds no state.\n")
            .initializer("new $T()", mapper)
            .build());
    type.addMethod(constructor(table, udt));
    type.addMethod(read(table, udt));
    type.addMethod(write(table, udt));
    return JavaFile.builder(mapper.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  // private User_Mapper() {
  //   super("User", "", "users", List.of(
  //       partitionKey(0, "id", "id", "uuid", ValueType.of(GenericType.UUID)),
  //       clusteringColumn(0, "at", "at", "timestamp", ValueType.of(GenericType.INSTANT))
  //           .descendingOrder(),
  //       column("name", "name", "text", ValueType.of(GenericType.STRING)),
  //       column("email", "email", "text", ValueType.of(GenericType.STRING))
  //           .indexed("sai", "VALUES"),
  //       computed("name_written", "nameWritten", ValueType.of(GenericType.LONG))));
  // }
  private static MethodSpec constructor(TableModel table, boolean udt) {
    CodeBlock.Builder columns = CodeBlock.builder();
    List<ColumnModel> list = table.columns();
    for (int i = 0; i < list.size(); i++) {
      columns.add("\n$L$L", columnSpec(list.get(i), udt), i + 1 < list.size() ? "," : "");
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (udt) {
      constructor.addStatement(
          "super($T.class, $S, $T.of($L))",
          table.entity(),
          table.table(),
          List.class,
          columns.build());
    } else {
      constructor.addStatement(
          "super($S, $S, $S, $T.of($L))",
          table.entity().simpleName(),
          table.keyspace(),
          table.table(),
          List.class,
          columns.build());
    }
    return constructor.build();
  }

  private static CodeBlock columnSpec(ColumnModel column, boolean udt) {
    CodeBlock spec = roleSpec(column, udt);
    if (column.index() == null || udt) {
      return spec;
    }
    if (column.index().similarity() != null) {
      return CodeBlock.of(
          "$L\n    .indexed($S, $S, $S)",
          spec,
          column.index().using(),
          column.index().target(),
          column.index().similarity());
    }
    return CodeBlock.of(
        "$L\n    .indexed($S, $S)", spec, column.index().using(), column.index().target());
  }

  private static CodeBlock roleSpec(ColumnModel column, boolean udt) {
    CodeBlock type = column.type().valueType();
    String cqlType = column.type().defaultCqlType();
    if (udt) {
      return CodeBlock.of(
          "field($S, $S, $S, $L)", column.cqlName(), column.property(), cqlType, type);
    }
    return switch (column.role()) {
      case PARTITION_KEY ->
          CodeBlock.of(
              "partitionKey($L, $S, $S, $S, $L)",
              column.keyPosition(),
              column.cqlName(),
              column.property(),
              cqlType,
              type);
      case CLUSTERING_COLUMN ->
          CodeBlock.of(
              "clusteringColumn($L, $S, $S, $S, $L)$L",
              column.keyPosition(),
              column.cqlName(),
              column.property(),
              cqlType,
              type,
              column.descending() ? "\n    .descendingOrder()" : "");
      case REGULAR ->
          CodeBlock.of(
              "column($S, $S, $S, $L)", column.cqlName(), column.property(), cqlType, type);
      case STATIC ->
          CodeBlock.of(
              "staticColumn($S, $S, $S, $L)", column.cqlName(), column.property(), cqlType, type);
      case COUNTER ->
          CodeBlock.of("counter($S, $S, $L)", column.cqlName(), column.property(), type);
      case COMPUTED ->
          CodeBlock.of("computed($S, $S, $L)", column.cqlName(), column.property(), type);
    };
  }

  // @Override
  // protected User read(GettableByIndex row, ResultColumns columns) {
  //   return new User(columns.<UUID>get(row, 0), columns.getInt(row, 1));
  // }
  // or, for a class with setters:
  //   User entity = new User();
  //   entity.setId(columns.<UUID>get(row, 0));
  //   return entity;
  private static MethodSpec read(TableModel table, boolean udt) {
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(table.entity())
            .addParameter(udt ? RuntimeTypes.UDT_VALUE : RuntimeTypes.GETTABLE_BY_INDEX, "row")
            .addParameter(RuntimeTypes.RESULT_COLUMNS, "columns");
    List<ColumnModel> columns = table.columns();
    switch (table.construction()) {
      case RECORD_CONSTRUCTOR, ALL_COLUMNS_CONSTRUCTOR -> {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < columns.size(); i++) {
          arguments.add(i == 0 ? "\n$L" : ",\n$L", getter(table, columns.get(i), i));
        }
        read.addStatement("return new $T($L)", table.entity(), arguments.build());
      }
      case SETTERS -> {
        read.addStatement("$T entity = new $T()", table.entity(), table.entity());
        for (int i = 0; i < columns.size(); i++) {
          ColumnModel column = columns.get(i);
          if (column.setter() != null) {
            read.addStatement("entity.$L($L)", column.setter(), getter(table, column, i));
          } else {
            read.addStatement("entity.$L = $L", column.property(), getter(table, column, i));
          }
        }
        read.addStatement("return entity");
      }
    }
    return read.build();
  }

  // @Override
  // protected void write(User entity, SettableByIndex<?> target, BoundColumns columns) {
  //   columns.set(target, 0, entity.id());
  //   columns.setInt(target, 1, entity.age());
  // }
  private static MethodSpec write(TableModel table, boolean udt) {
    MethodSpec.Builder write =
        MethodSpec.methodBuilder("write")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(table.entity(), udt ? "value" : "entity")
            .addParameter(
                udt
                    ? RuntimeTypes.UDT_VALUE
                    : ParameterizedTypeName.get(
                        RuntimeTypes.SETTABLE_BY_INDEX, WildcardTypeName.subtypeOf(Object.class)),
                "target")
            .addParameter(RuntimeTypes.BOUND_COLUMNS, "columns");
    String receiver = udt ? "value" : "entity";
    List<String> unreadable = table.unreadableProperties();
    if (!unreadable.isEmpty()) {
      // Reading still works; DAO methods that write this entity are rejected at compile time.
      return write
          .addStatement(
              "throw new $T($S)",
              UnsupportedOperationException.class,
              table.entity().simpleName()
                  + " cannot be written: no getter for "
                  + String.join(", ", unreadable))
          .build();
    }
    List<ColumnModel> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      if (column.role() == ColumnModel.Role.COMPUTED) {
        continue;
      }
      String setter =
          column.type().primitive() == null
              ? "set"
              : "set" + column.type().primitive().accessorSuffix();
      write.addStatement("columns.$L(target, $L, $L.$L)", setter, i, receiver, column.getter());
    }
    return write.build();
  }

  private static CodeBlock getter(TableModel table, ColumnModel column, int position) {
    if (column.type().primitive() != null) {
      return CodeBlock.of(
          "columns.get$L(row, $L)", column.type().primitive().accessorSuffix(), position);
    }
    CodeBlock value = CodeBlock.of("columns.<$T>get(row, $L)", column.type().typeName(), position);
    if (!column.nonNull()) {
      return value;
    }
    // Passing the null on would fail later and far from here (Kotlin's constructor check names no
    // column, a Java non-null field fails whoever reads it): fail the read, naming both sides.
    return CodeBlock.of(
        "$T.requireNonNull($L, $S)",
        Objects.class,
        value,
        "column " + column.cqlName() + " is null, but " + table.entity().simpleName() + "."
            + column.property() + " is declared non-null; declare it nullable (a ? type in"
            + " Kotlin) to read nulls");
  }
}
