// The registry of lint rules, in Rule order: the linter loops over it, meta
// and the options reader read their rows from it. A new rule is a file in this
// folder, a Rule id and a line here.
#include "core/proposal/rules.h"

namespace gigcheck::proposal {

namespace rules {
extern const RuleDef negative_self_label, contact_info, placeholder, unanswered_question, mixed_style, missing_greeting,
    missing_closing, sentence_length, too_many_commas, duplicate_paragraph;
}

const std::array<const RuleDef*, rule_count>& rule_registry() {
  static const std::array<const RuleDef*, rule_count> registry = {
      &rules::negative_self_label, &rules::contact_info,        &rules::placeholder,     &rules::unanswered_question,
      &rules::mixed_style,         &rules::missing_greeting,    &rules::missing_closing, &rules::sentence_length,
      &rules::too_many_commas,     &rules::duplicate_paragraph,
  };
  return registry;
}

}  // namespace gigcheck::proposal
