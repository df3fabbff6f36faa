package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/client"
)

// packetState is a packet as the claim checks need it, read at the head block.
type packetState struct {
	view    escrow.IHongbaoEscrowPacketView
	now     uint64 // the head block's time
	pending int    // a sealed packet: claims whose share is not drawn yet (view.Claimed counts drawn ones)
}

// left is the number of shares not claimed yet (a sealed packet's pending claims hold theirs).
func (p packetState) left() int { return int(p.view.Shares) - int(p.view.Claimed) - p.pending }

// readPacket reads packet id and the head time. A packet that does not exist is a 404.
func (r *Relayer) readPacket(ctx context.Context, id *big.Int) (packetState, *apiError) {
	head, err := r.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return packetState{}, nodeError("read the head block", err)
	}
	out, err := r.backend.CallContract(ctx, ethereum.CallMsg{To: &r.escrow, Data: r.abi.PackGetPacket(id)}, head.Number)
	if err != nil {
		return packetState{}, nodeError("read the packet", err)
	}
	v, err := r.abi.UnpackGetPacket(out)
	if err != nil {
		return packetState{}, &apiError{Status: http.StatusBadGateway, Code: codeUnavailable,
			Message: "the escrow's answer to getPacket could not be decoded; is the escrow address right?", Err: err}
	}
	if v.Sender == (common.Address{}) {
		return packetState{}, errorf(http.StatusNotFound, "PacketNotFound", "there is no packet %s on this escrow; check the link", id)
	}
	st := packetState{view: v, now: head.Time}
	if client.Kind(v.Kind) == client.SealedLucky {
		out, err := r.backend.CallContract(ctx, ethereum.CallMsg{To: &r.escrow, Data: r.abi.PackPendingDraws(id, new(big.Int), new(big.Int))}, head.Number)
		if err != nil {
			return packetState{}, nodeError("read the packet's pending draws", err)
		}
		pending, err := r.abi.UnpackPendingDraws(out)
		if err != nil {
			return packetState{}, &apiError{Status: http.StatusBadGateway, Code: codeUnavailable,
				Message: "the escrow's answer to pendingDraws could not be decoded; is the escrow address right?", Err: err}
		}
		st.pending = int(pending.Total.Int64())
	}
	return st, nil
}

// hasCode reports whether addr is a contract (or a delegated account): its signatures are ERC-1271's,
// which only the chain can check.
func (r *Relayer) hasCode(ctx context.Context, addr common.Address) (bool, *apiError) {
	code, err := r.backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, nodeError("read the claimer's code", err)
	}
	return len(code) > 0, nil
}

// nodeError is a failure to talk to the node.
func nodeError(what string, err error) *apiError {
	return &apiError{Status: http.StatusBadGateway, Code: codeUnavailable,
		Message: fmt.Sprintf("the relayer cannot %s from its node right now; try again in a moment", what), Err: err}
}

// fromClientError maps an error of node/client (a decoded revert of the simulation, or a node failure) to
// an API error. The client's sentence is kept, except where it speaks to the relayer's operator.
func fromClientError(err error) *apiError {
	var ce *client.Error
	if !errors.As(err, &ce) {
		return &apiError{Status: http.StatusInternalServerError, Code: codeInternal, Message: "the relayer failed: " + err.Error(), Err: err}
	}
	e := &apiError{Status: statusOfCode(ce.Code), Code: ce.Code, Message: ce.Message, Err: err}
	switch {
	case ce.Code == client.CodeInsufficientFunds:
		e.Code, e.Message = codeRelayerNoFunds, "the relayer has no ETH left to pay for gas; try again later, or claim directly"
	case ce.Code == client.CodeRPC && errors.Is(err, context.DeadlineExceeded):
		e.Status, e.Code = http.StatusGatewayTimeout, codePending
	case ce.Code == client.CodeRPCUnavailable:
		e.Message = "the relayer cannot reach its node right now; try again in a moment"
	}
	return e
}

// statusOfCode is the HTTP status of a client.Error code.
func statusOfCode(code string) int {
	switch code {
	case "PacketNotFound":
		return http.StatusNotFound
	case "PacketClosed", "PacketExpired", "NotYetReleased", "AlreadyClaimed", "TicketAlreadyUsed", "AllSharesTaken":
		return http.StatusConflict
	case client.CodeInvalidRequest, client.CodeBadClaimCode, client.CodeBadTicketCode:
		return http.StatusBadRequest
	case client.CodeInsufficientFunds, client.CodeNonceTooLow, client.CodeFeeTooHigh:
		return http.StatusServiceUnavailable // the relayer's own state: another time may work
	case client.CodeRPC, client.CodeRPCUnavailable, client.CodeRPCRefused, client.CodeTxFailed, client.CodeNoContract, client.CodeNotEscrow:
		return http.StatusBadGateway
	}
	return http.StatusUnprocessableEntity
}
