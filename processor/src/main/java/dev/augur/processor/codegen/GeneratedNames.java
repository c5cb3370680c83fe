package dev.augur.processor.codegen;

import com.squareup.javapoet.ClassName;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Every naming rule for what Augur generates, in one place. */
public final class GeneratedNames {
  private GeneratedNames() {}

  /**
   * {@code UserDao} to {@code AugurUserDao}; {@code Outer.UserDao} to {@code AugurOuter_UserDao}.
   */
  public static ClassName daoImplementation(ClassName dao) {
    return ClassName.get(dao.packageName(), "Augur" + String.join("_", dao.simpleNames()));
  }

  /** {@code User} to {@code User_Mapper}; {@code Outer.User} to {@code Outer_User_Mapper}. */
  public static ClassName entityMapper(ClassName entity) {
    return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "_Mapper");
  }

  /** {@code Address} to {@code Address_UdtMapper}. */
  public static ClassName udtMapper(ClassName udt) {
    return ClassName.get(udt.packageName(), String.join("_", udt.simpleNames()) + "_UdtMapper");
  }

  /**
   * The label of a DAO method in metrics, logs and errors: {@code UserDao.findById}, or {@code
   * Outer.UserDao.findById} for a nested interface, so that two nested DAOs of one simple name
   * never share a label.
   */
  public static String label(ClassName dao, String method) {
    return String.join(".", dao.simpleNames()) + "." + method;
  }

  /** {@code findById} to {@code FIND_BY_ID}, the name of a method's statement constant. */
  public static String constant(String methodName) {
    return methodName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /**
   * Hands out names unique within one generated class, so overloaded DAO methods get distinct
   * fields ({@code find}, {@code find2}) and none collides with a reserved local name.
   */
  public static final class Scope {
    private final Set<String> taken = new HashSet<>();

    public Scope(String... reserved) {
      taken.addAll(Set.of(reserved));
    }

    public String unique(String wanted) {
      String name = wanted;
      for (int i = 2; !taken.add(name); i++) {
        name = wanted + i;
      }
      return name;
    }
  }
}
