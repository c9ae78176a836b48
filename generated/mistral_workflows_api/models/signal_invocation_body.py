from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_encoded_input import NetworkEncodedInput
    from ..models.signal_invocation_body_input_type_1 import (
        SignalInvocationBodyInputType1,
    )


T = TypeVar("T", bound="SignalInvocationBody")


@_attrs_define
class SignalInvocationBody:
    """A signal to deliver."""

    name: str
    """ The signal's name. """
    input_: NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset = UNSET
    """ The signal's argument. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_encoded_input import NetworkEncodedInput  # noqa: PLC0415
        from ..models.signal_invocation_body_input_type_1 import (
            SignalInvocationBodyInputType1,  # noqa: PLC0415
        )

        name = self.name

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, NetworkEncodedInput):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, SignalInvocationBodyInputType1):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_encoded_input import NetworkEncodedInput  # noqa: PLC0415
        from ..models.signal_invocation_body_input_type_1 import (
            SignalInvocationBodyInputType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_input_(
            data: object,
        ) -> NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = NetworkEncodedInput.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_1 = SignalInvocationBodyInputType1.from_dict(data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset,
                data,
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        signal_invocation_body = cls(
            name=name,
            input_=input_,
        )

        signal_invocation_body.additional_properties = d
        return signal_invocation_body

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
