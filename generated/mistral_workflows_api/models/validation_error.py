from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """One problem found in a request."""

    loc: list[int | str]
    """ Where the problem is, e.g. `["body", "name"]`. """
    msg: str
    """ The problem """
    type_: str
    """ A machine-readable kind of problem. """
    input_: Any | Unset = UNSET
    """ The offending value. """
    ctx: ValidationErrorCtx | Unset = UNSET
    """ Extra facts about the problem. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        input_ = self.input_

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ctx is not UNSET:
            field_dict["ctx"] = ctx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        loc = list(d["loc"])

        msg = d["msg"]

        type_ = d["type"]

        input_ = d.get("input", UNSET)

        _ctx = d.get("ctx", UNSET)
        ctx: ValidationErrorCtx | Unset = (
            UNSET if isinstance(_ctx, Unset) else ValidationErrorCtx.from_dict(_ctx)
        )

        validation_error = cls.__new__(cls)
        validation_error.loc = loc
        validation_error.msg = msg
        validation_error.type_ = type_
        validation_error.input_ = input_
        validation_error.ctx = ctx
        if len(d) == 3 + (input_ is not UNSET) + (ctx is not UNSET):
            validation_error.additional_properties = {}
        else:
            validation_error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "loc",
                    "msg",
                    "type",
                    "input",
                    "ctx",
                }
            }

        return validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.validation_error_ctx import ValidationErrorCtx
