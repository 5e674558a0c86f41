import { invalidArgument, notFound } from '../errors';
import { attributesOfType, findSeedType } from '../seed/catalogue';
import type { EmulatorState } from '../state/types';
import type { Handler } from './types';

/** POST /v1/description-category/tree (DescriptionCategoryAPI_GetTree): Russian names unless EN is asked for. */
const categoryTree: Handler<'categoryTree'> = (body, { state }) => {
  const en = body.language === 'EN';
  return {
    result: state.config.catalogue.tree.map((root) => ({
      description_category_id: root.descriptionCategoryId,
      category_name: en ? root.nameEn : root.name,
      disabled: false,
      children: root.children.map((cat) => ({
        description_category_id: cat.descriptionCategoryId,
        category_name: en ? cat.nameEn : cat.name,
        disabled: false,
        children: cat.types.map((t) => ({
          type_id: t.typeId,
          type_name: en ? t.typeNameEn : t.typeName,
          disabled: false,
          children: [],
        })),
      })),
    })),
  };
};

function requireType(state: EmulatorState, categoryId: number | string, typeId: number | string) {
  const found = findSeedType(state.config.catalogue, Number(categoryId), Number(typeId));
  if (!found) {
    throw notFound(`description category ${categoryId} with type ${typeId} not found`);
  }
  return found;
}

/** POST /v1/description-category/attribute (DescriptionCategoryAPI_GetAttributes). */
const categoryAttributes: Handler<'categoryAttributes'> = (body, { state }) => {
  const { type } = requireType(state, body.description_category_id, body.type_id);
  return {
    result: attributesOfType(state.config.catalogue, type).map(({ attribute: a, isRequired }) => ({
      id: a.id,
      attribute_complex_id: 0,
      name: a.name,
      description: a.description,
      type: a.type,
      is_collection: a.isCollection,
      is_required: isRequired,
      is_aspect: a.isAspect,
      max_value_count: a.maxValueCount,
      group_id: a.groupId,
      group_name: a.groupName,
      dictionary_id: a.dictionaryId,
      category_dependent: false,
      complex_is_collection: false,
    })),
  };
};

function dictionaryOf(
  state: EmulatorState,
  categoryId: number | string,
  typeId: number | string,
  attributeId: number | string,
) {
  const { type } = requireType(state, categoryId, typeId);
  const entry = attributesOfType(state.config.catalogue, type).find(
    (a) => a.attribute.id === Number(attributeId),
  );
  if (!entry) {
    throw invalidArgument(`attribute ${attributeId} does not belong to type ${typeId}`);
  }
  return state.config.catalogue.dictionaries.get(entry.attribute.dictionaryId) ?? [];
}

/** POST /v1/description-category/attribute/values (DescriptionCategoryAPI_GetAttributeValues): ids above `last_value_id`. */
const categoryAttributeValues: Handler<'categoryAttributeValues'> = (body, { state }) => {
  const values = dictionaryOf(state, body.description_category_id, body.type_id, body.attribute_id);
  const after = Number(body.last_value_id ?? 0);
  const rest = values.filter((v) => v.id > after);
  return { result: rest.slice(0, body.limit), has_next: rest.length > body.limit };
};

/** POST /v1/description-category/attribute/values/search (DescriptionCategoryAPI_SearchAttributeValues). */
const categoryAttributeValuesSearch: Handler<'categoryAttributeValuesSearch'> = (body, { state }) => {
  const values = dictionaryOf(state, body.description_category_id, body.type_id, body.attribute_id);
  const needle = body.value.toLocaleLowerCase('ru');
  return {
    result: values.filter((v) => v.value.toLocaleLowerCase('ru').includes(needle)).slice(0, body.limit),
  };
};

export const categoryHandlers = {
  categoryTree,
  categoryAttributes,
  categoryAttributeValues,
  categoryAttributeValuesSearch,
};
