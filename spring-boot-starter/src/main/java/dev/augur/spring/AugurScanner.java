package dev.augur.spring;

import dev.augur.annotations.Dao;
import dev.augur.runtime.EntityMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds, in the packages the application's classes are in, the {@code @Dao} interfaces and the
 * mappers Augur generated for {@code @Table} entities. It reads class files without loading them;
 * only the matches are loaded.
 */
final class AugurScanner {
  private final ClassLoader classLoader;

  AugurScanner(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** The {@code @Dao} interfaces under {@code packages}, in a stable order. */
  List<Class<?>> daoInterfaces(List<String> packages) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface();
          }
        };
    scanner.addIncludeFilter(new AnnotationTypeFilter(Dao.class, true, true));
    return load(scanner, packages);
  }

  /**
   * The entity mappers generated under {@code packages} ({@code User_Mapper.INSTANCE} for a
   * {@code @Table} class {@code User}): the schema action creates or verifies their tables.
   */
  List<EntityMapper<?>> entityMappers(List<String> packages) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(EntityMapper.class));
    List<EntityMapper<?>> mappers = new ArrayList<>();
    for (Class<?> type : load(scanner, packages)) {
      mappers.add(instance(type));
    }
    return mappers;
  }

  /**
   * The class Augur generated for a DAO interface: {@code AugurUserDao} for {@code UserDao},
   * {@code AugurOuter_UserDao} for {@code Outer.UserDao}, in the same package (the processor's
   * naming rule, {@code GeneratedNames.daoImplementation}).
   */
  Class<?> implementationOf(Class<?> dao) {
    List<String> names = new ArrayList<>();
    for (Class<?> c = dao; c != null; c = c.getEnclosingClass()) {
      names.add(0, c.getSimpleName());
    }
    String name = dao.getPackageName() + ".Augur" + String.join("_", names);
    try {
      return ClassUtils.forName(name, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          dao.getName()
              + " is a @Dao, but the class Augur generates for it, "
              + name
              + ", is not on the classpath. Put dev.augur:augur-processor on the annotation"
              + " processor path of the module that compiles "
              + dao.getSimpleName()
              + " (maven-compiler-plugin annotationProcessorPaths, or Gradle's"
              + " annotationProcessor).",
          e);
    }
  }

  private List<Class<?>> load(
      ClassPathScanningCandidateComponentProvider scanner, List<String> packages) {
    scanner.setResourceLoader(new PathMatchingResourcePatternResolver(classLoader));
    Set<String> names = new LinkedHashSet<>();
    for (String pkg : packages) {
      scanner.findCandidateComponents(pkg).stream()
          .map(BeanDefinition::getBeanClassName)
          .sorted()
          .forEach(names::add);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      types.add(ClassUtils.resolveClassName(name, classLoader));
    }
    return types;
  }

  private static EntityMapper<?> instance(Class<?> mapper) {
    try {
      Field field = mapper.getField("INSTANCE");
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof EntityMapper<?> m) {
        return m;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // Not a mapper Augur generated; reported below.
    }
    throw new IllegalStateException(
        mapper.getName() + " extends EntityMapper but has no public static INSTANCE of its type;"
            + " only mappers Augur generates for @Table entities are picked up by the scan.");
  }
}
